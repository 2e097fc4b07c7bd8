import { Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../../../shared/domain/esf-plus';
import { formatInteger, formatIsoDate } from '../../../../shared/format';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListPager, ListSearchField, PagedTableFrame, useLastPageGuard, useListState } from '../../components/paging';
import { RowActions } from '../../components/RowActions';
import { RowEditorDialogs } from '../../components/RowEditorDialogs';
import { useRowEditor } from '../../components/use-row-editor';
import { formatKronor } from '../esf/format';
import { StaffForm } from './StaffForm';
import { useCreateStaff, useDeleteStaff, useUpdateStaff } from './api';

export const staffPageSize = 25;
const money = { textAlign: 'right', whiteSpace: 'nowrap' } as const;

/** The project's staff, a page at a time and searched on the server, with their hourly unit cost; added, changed and removed in dialogs. */
export function StaffSection() {
  const { t } = useTranslation();
  const list = useListState<'name'>({ prefix: 'personal-', sortNames: { name: 'namn' }, defaultSort: 'name', pageSize: staffPageSize });
  const staff = useApiQuery('staff.list', { search: list.search || undefined, offset: list.offset, limit: list.limit }, { keepPrevious: true });
  useLastPageGuard(list, staff.data?.total, Boolean(staff.data) && !staff.isPlaceholderData);
  const counties = useApiQuery('counties.list', {});
  const municipalities = useApiQuery('municipalities.list', {});
  const create = useCreateStaff();
  const update = useUpdateStaff();
  const remove = useDeleteStaff();
  const editor = useRowEditor<StaffMember>();
  const data = staff.data;
  const none = t('common.none');
  const employed = (m: StaffMember) =>
    m.startDate || m.endDate ? `${m.startDate ? formatIsoDate(m.startDate) : ''} – ${m.endDate ? formatIsoDate(m.endDate) : ''}`.trim() : none;

  return (
    <Stack component="section" aria-labelledby="staff-title" gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h3" id="staff-title">
          {t('esfPlus.staff.title')}
        </Title>
        <Button onClick={editor.openNew}>{t('esfPlus.staff.add')}</Button>
      </Group>
      {staff.error && <ErrorAlert error={staff.error} />}
      {staff.isPending && <Loader aria-label={t('common.loading')} />}
      {data && data.total === 0 && !list.search && <Text>{t('esfPlus.staff.none')}</Text>}
      {data && (data.total > 0 || list.search) && (
        <>
          <ListSearchField label={t('esfPlus.staff.search')} placeholder={t('esfPlus.staff.searchPlaceholder')} value={list.search} onSearch={list.setSearch} w={320} />
          <ListPager
            label={t('esfPlus.staff.pagerLabel')}
            page={list.page}
            pageSize={list.pageSize}
            total={data.total}
            shown={data.rows.length}
            loading={staff.isPlaceholderData}
            onPage={list.setPage}
            testId="staff-pager"
          />
          <PagedTableFrame minWidth={880} caption={t('esfPlus.staff.title')} busy={staff.isPlaceholderData} testId="staff-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('esfPlus.staff.name')}</Table.Th>
                <Table.Th scope="col">{t('esfPlus.staff.role')}</Table.Th>
                <Table.Th scope="col">{t('esfPlus.staff.municipality')}</Table.Th>
                <Table.Th scope="col" style={money}>
                  {t('esfPlus.staff.monthlySalaryShort')}
                </Table.Th>
                <Table.Th scope="col" style={money}>
                  {t('esfPlus.staff.hourlyCost')}
                </Table.Th>
                <Table.Th scope="col">{t('esfPlus.staff.employed')}</Table.Th>
                <Table.Th scope="col">{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.rows.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={7}>{t('esfPlus.staff.noMatch')}</Table.Td>
                </Table.Tr>
              )}
              {data.rows.map((m) => (
                <Table.Tr key={m.id} data-staff-id={m.id}>
                  <Table.Th scope="row" fw={500}>
                    {m.name}
                  </Table.Th>
                  <Table.Td>{m.role ?? none}</Table.Td>
                  <Table.Td>{m.municipalityName}</Table.Td>
                  <Table.Td style={money}>{formatKronor(m.monthlySalary * 100)}</Table.Td>
                  <Table.Td style={money}>{t('esfPlus.staff.perHour', { amount: formatKronor(m.hourlyCostOre) })}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{employed(m)}</Table.Td>
                  <Table.Td>
                    <RowActions name={m.name} onEdit={() => editor.openEdit(m)} onDelete={() => editor.askDelete(m)} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </PagedTableFrame>
          {data.total > 0 && (
            <Text size="sm" c="dimmed">
              {t('esfPlus.staff.count', { count: data.total, n: formatInteger(data.total) })}
            </Text>
          )}
        </>
      )}
      <RowEditorDialogs<StaffMember>
        editor={editor}
        addTitle={t('esfPlus.staff.newTitle')}
        editTitle={editor.editing && editor.editing !== 'new' ? t('esfPlus.staff.editTitle', { name: editor.editing.name }) : ''}
        deleteMessage={(m) => t('esfPlus.staff.confirmDelete', { name: m.name })}
        remove={remove}
        renderForm={(member, saved) =>
          counties.error || municipalities.error ? (
            <ErrorAlert error={counties.error ?? municipalities.error} />
          ) : counties.data && municipalities.data ? (
            <StaffForm
              member={member}
              counties={counties.data}
              municipalities={municipalities.data}
              onCancel={editor.close}
              onSave={async (values) => {
                if (member) await update.mutateAsync({ ...values, id: member.id });
                else await create.mutateAsync(values);
                saved();
              }}
            />
          ) : (
            <Loader aria-label={t('common.loading')} />
          )
        }
      />
    </Stack>
  );
}
