-- A committee's view of the investigations in its area (reporting.InvestigationProgress) asks of each accused when it
-- was last heard in court: the hearings alone, by accused and date, answer that without reading the other steps.
-- The area itself is the FIR's district (investigation_district_registered_idx), and the latest step of an accused
-- comes from accused_event_accused_idx.
create index accused_event_hearing_idx on accused_event (accused_id, occurred_on) where type = 'HEARING';
