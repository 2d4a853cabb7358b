create database patient_service;
create database treatment_service;
create database inventory_service;
