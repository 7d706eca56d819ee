-- The database's tenant wall (see io.demarc.service.tenancy.TenantWall). Runs after every migration, as the schema
-- owner, so tables added by any later migration are covered without anyone remembering to.
-- 1. The application role (the datasource's user, not the owner) may read and write rows, never change the schema.
-- 2. Every table with a tenant_id column gets row-level security: a row is visible and writable only when it belongs to
--    the tenant the connection was given, or when the connection works across tenants (platform jobs). A connection
--    given neither sees no tenant-owned row at all.
do $$
declare
    app_role constant text := '${app_role}';
    tenant_table record;
begin
    if app_role <> current_user then
        execute format('grant usage on schema %I to %I', current_schema(), app_role);
        execute format('grant select, insert, update, delete on all tables in schema %I to %I', current_schema(),
                       app_role);
        execute format('grant usage, select on all sequences in schema %I to %I', current_schema(), app_role);
        execute format('revoke all on table %I from %I', '${flyway:table}', app_role);
    end if;
    for tenant_table in
        select c.table_name
        from information_schema.columns c
        join information_schema.tables t using (table_schema, table_name)
        where c.table_schema = current_schema() and c.column_name = 'tenant_id' and t.table_type = 'BASE TABLE'
    loop
        execute format('alter table %I enable row level security', tenant_table.table_name);
        if not exists (select 1 from pg_policies where schemaname = current_schema()
                       and tablename = tenant_table.table_name and policyname = 'tenant_wall') then
            execute format('create policy tenant_wall on %I'
                           ' using (tenant_id = current_setting(''demarc.tenant_id'', true))'
                           ' with check (tenant_id = current_setting(''demarc.tenant_id'', true))',
                           tenant_table.table_name);
        end if;
        if not exists (select 1 from pg_policies where schemaname = current_schema()
                       and tablename = tenant_table.table_name and policyname = 'across_tenants') then
            execute format('create policy across_tenants on %I'
                           ' using (current_setting(''demarc.across_tenants'', true) = ''on'')'
                           ' with check (current_setting(''demarc.across_tenants'', true) = ''on'')',
                           tenant_table.table_name);
        end if;
    end loop;
end
$$;
