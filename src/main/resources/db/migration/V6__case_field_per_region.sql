-- A classified field belongs to the region that gave it: each responsible region keeps its own disposal plan.
alter table case_field drop constraint uk_case_field;
alter table case_field add constraint uk_case_field_owner unique (case_number, name, owner_adcode);
