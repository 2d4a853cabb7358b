-- What the person who closed a follow-up says of it ("left a message", "patient moved away"); erased with the patient.
alter table follow_up add column note varchar(500);
