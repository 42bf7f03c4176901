-- A term may name the sector its seat represents (an external "Director Labour" of a general department): the roster's
-- gap list then counts that sector for it instead of the sectors of the agency it comes from. Null: the agency's.

alter table committee_membership
    add column sector varchar(20),
    add constraint membership_sector_check check (sector is null or sector in
        ('LAW_ENFORCEMENT', 'LABOUR', 'SOCIAL_WELFARE', 'CHILD_PROTECTION', 'WOMEN_DEVELOPMENT', 'CIVIL_SOCIETY'));
