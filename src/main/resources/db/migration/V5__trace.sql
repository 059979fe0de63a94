-- The signed, hash-chained trace of each case (issue 5). Portable SQL: runs on H2 2.x and PostgreSQL 15.
-- The product inserts entries and never updates or deletes one; the head row of a case is locked (select ... for
-- update) for each append, so concurrent operations on one case, on any node, never fork its chain.

create table trace_head (
    case_id     uuid        not null primary key,
    case_number varchar(40) not null,
    last_seq    bigint      not null,
    last_hash   varchar(64) not null,
    constraint uk_trace_head_case_number unique (case_number)
);

create table trace_entry (
    case_id       uuid             not null references trace_head (case_id),
    seq           bigint           not null,
    recorded_at   timestamp with time zone not null,
    user_id       varchar(64)      not null,
    user_region   varchar(100)     not null,
    action        varchar(40)      not null,
    payload       varchar(1000000) not null,
    previous_hash varchar(64)      not null,
    entry_hash    varchar(64)      not null,
    key_id        varchar(64)      not null,
    signature     varchar(128)     not null,
    constraint pk_trace_entry primary key (case_id, seq)
);

-- Users' Ed25519 key pairs: the public key as X.509 in base64, the private key as PKCS#8 sealed with AES-GCM
-- (base64 of nonce and ciphertext) under the key-encryption key whose fingerprint is kek_id.
create table trace_key (
    key_id      varchar(64)  not null primary key,
    user_id     varchar(64)  not null,
    algorithm   varchar(16)  not null,
    public_key  varchar(200) not null,
    private_key varchar(400) not null,
    kek_id      varchar(16)  not null,
    created_at  timestamp with time zone not null,
    constraint uk_trace_key_user unique (user_id)
);

-- The salts of committed (hidden) payload fields, by entry and field path. Never exported with a trace.
create table trace_salt (
    case_id    uuid         not null,
    seq        bigint       not null,
    field_path varchar(200) not null,
    salt       varchar(64)  not null,
    constraint pk_trace_salt primary key (case_id, seq, field_path),
    constraint fk_trace_salt_entry foreign key (case_id, seq) references trace_entry (case_id, seq)
);

-- Cases reported before the trace existed start theirs empty, with the next operation.
insert into trace_head (case_id, case_number, last_seq, last_hash)
select id, case_number, 0, '0000000000000000000000000000000000000000000000000000000000000000' from hazard_case;
