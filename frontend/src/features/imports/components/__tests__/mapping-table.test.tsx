import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { MappingTable } from '@/features/imports/components/mapping-table';
import { initialChoices, mappingConflicts } from '@/features/imports/utils/mapping';
import { buildImport } from '@/testing/data';
import { render, screen, within } from '@/testing/test-utils';

const view = buildImport();

function rowOf(header: string) {
  const cell = screen.getByText(header, { selector: 'span' });
  return within(cell.closest('tr')!);
}

describe('MappingTable', () => {
  it('shows each column with its samples, a field selector and the suggestion’s confidence', () => {
    render(
      <MappingTable view={view} choices={initialChoices(view)} conflicts={[]} onChange={() => {}} />,
    );

    const table = screen.getByRole('table', { name: 'Column mapping' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Column',
      'Sample values',
      'Import as',
      'Confidence',
    ]);
    expect(within(table).getAllByRole('combobox')).toHaveLength(4);

    const email = rowOf('E-Mail');
    expect(email.getByText('anna@example.com')).toBeInTheDocument();
    expect(email.getByText('not-an-address')).toBeInTheDocument();
    expect(email.getByRole('combobox', { name: 'Import “E-Mail” as' })).toHaveValue('EMAIL');
    expect(email.getByRole('meter', { name: 'Confidence for “E-Mail”' })).toHaveAttribute('value', '0.95');
    expect(email.getByText('95%')).toBeInTheDocument();
    expect(email.getByRole('tooltip')).toHaveTextContent("header 'E-Mail' is a known name for EMAIL");

    // Blank samples are skipped.
    expect(rowOf('Telefon').getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '030 1234567',
      '0171 2345678',
    ]);

    const city = rowOf('Stadt');
    expect(city.getByRole('combobox', { name: 'Import “Stadt” as' })).toHaveValue('CUSTOM');
    expect(city.getByRole('textbox', { name: 'Attribute name for “Stadt”' })).toHaveValue('Stadt');
    expect(city.getByText('30%')).toBeInTheDocument();
  });

  it('reports a new choice per column, and tells when it differs from the suggestion', async () => {
    const onChange = vi.fn();
    const choices = initialChoices(view);
    const user = userEvent.setup();
    const { rerender } = render(
      <MappingTable view={view} choices={choices} conflicts={[]} onChange={onChange} />,
    );

    await user.selectOptions(screen.getByRole('combobox', { name: 'Import “Vorname” as' }), 'IGNORE');

    expect(onChange).toHaveBeenCalledWith({ column: 1, field: 'IGNORE', attribute: '' });

    const changed = choices.map((choice) =>
      choice.column === 1 ? { ...choice, field: 'IGNORE' as const } : choice,
    );
    rerender(<MappingTable view={view} choices={changed} conflicts={[]} onChange={onChange} />);
    expect(rowOf('Vorname').getByText('Suggested: First name')).toBeInTheDocument();
  });

  it('marks the columns that go to the same field', () => {
    const choices = initialChoices(view).map((choice) =>
      choice.column === 1 ? { ...choice, field: 'EMAIL' as const } : choice,
    );

    render(
      <MappingTable
        view={view}
        choices={choices}
        conflicts={mappingConflicts(choices, view.headers)}
        onChange={() => {}}
      />,
    );

    expect(screen.getByRole('combobox', { name: 'Import “E-Mail” as' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('combobox', { name: 'Import “Vorname” as' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('combobox', { name: 'Import “Telefon” as' })).not.toHaveAttribute('aria-invalid');
  });

  it('lets viewers read but not change the mapping', () => {
    render(
      <MappingTable view={view} choices={initialChoices(view)} conflicts={[]} onChange={() => {}} readOnly />,
    );

    for (const select of screen.getAllByRole('combobox')) {
      expect(select).toBeDisabled();
    }
    expect(screen.getByRole('textbox', { name: 'Attribute name for “Stadt”' })).toBeDisabled();
  });
});
