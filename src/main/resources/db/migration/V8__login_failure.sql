-- Failed logins in a row, per user, for the login throttle (security.LoginThrottle). Kept in the database so that
-- every node, and both the API's login and the webapps' own login, count the same failures.
create table login_failure (
    user_id      varchar(255) primary key,
    failures     integer not null,
    last_failure timestamp with time zone not null
);
