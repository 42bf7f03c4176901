-- Usernames are stored in their one normalised spelling (org.rabta.accounts.Usernames: Unicode NFKC, then no white
-- space, control or invisible format character anywhere, then lower case), the spelling every sign-in, lockout count
-- and audit row uses. Names created by an admin always had it (the form allows [a-z0-9._-] only); the first admin of
-- a production start was only trimmed, so it may carry capitals. Should two existing names fold into one, the unique
-- index below fails this migration rather than merge two people's accounts.
update app_user
   set username = lower(regexp_replace(normalize(username, NFKC),
                        '[[:space:][:cntrl:]\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]', '', 'g'))
 where username <> lower(regexp_replace(normalize(username, NFKC),
                        '[[:space:][:cntrl:]\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]', '', 'g'));

-- A safety net under the application's normalisation: no capital, blank or invisible character can be stored.
alter table app_user add constraint app_user_username_normalised check (
    username <> ''
    and username = lower(username)
    and username is nfkc normalized
    and username !~ '[[:space:][:cntrl:]\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]');
