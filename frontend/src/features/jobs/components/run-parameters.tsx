import { Table, TableBody, TableHead, Td, Th } from '@/components/ui/table';

/** The parameters the run was started with, as the API stored them. */
export function RunParameters({ parameters }: { parameters: Record<string, unknown> }) {
  const entries = Object.entries(parameters);
  if (entries.length === 0) {
    return <p className="text-sm text-slate-500">This run was started without parameters.</p>;
  }
  return (
    <Table label="Parameters">
      <TableHead>
        <Th>Name</Th>
        <Th>Value</Th>
      </TableHead>
      <TableBody>
        {entries.map(([name, value]) => (
          <tr key={name}>
            <Td className="font-mono text-xs text-slate-900">{name}</Td>
            <Td className="font-mono text-xs break-all">
              {typeof value === 'string' ? value : JSON.stringify(value)}
            </Td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
