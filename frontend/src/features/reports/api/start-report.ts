import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

import { reportsQueryKey } from '@/features/reports/api/get-reports';

export type ReportRequest = components['schemas']['ReportRequestBody'];
export type StartedReport = components['schemas']['StartedReportView'];

/**
 * Starts a report: one PDF dossier per selected company, rendered in the background.
 *
 * @throws ApiError 422 `nothing-to-report` when the selection matches no company.
 */
export function startReport(body: ReportRequest, idempotencyKey?: string): Promise<StartedReport> {
  return unwrap(
    api.POST('/api/v1/reports', {
      body,
      ...(idempotencyKey ? { params: { header: { 'Idempotency-Key': idempotencyKey } } } : {}),
    }),
  );
}

export function useStartReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReportRequest) => startReport(body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: reportsQueryKey }),
  });
}

/** Starts a report once per key: a retry after a lost answer gets the same report back. */
export function useStartReportOnce() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: ReportRequest; idempotencyKey: string }) =>
      startReport(body, idempotencyKey),
    onSettled: () => queryClient.invalidateQueries({ queryKey: reportsQueryKey }),
  });
}
