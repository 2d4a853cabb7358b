-- The units a vial has left are its size less what was charted from it: looked up by vial at every completion.
create index injection_vial on injection (vial_id);
