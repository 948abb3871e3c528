import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export type SavedView = components['schemas']['SavedView'];
export type SavedViewRequest = components['schemas']['SavedViewRequest'];
export type SavedViewPatch = components['schemas']['SavedViewPatch'];

const savedViewsQueryKey = ['contact-views'] as const;

/** The signed-in user's saved views of the contacts table, by name. */
export function getSavedViews(signal?: AbortSignal): Promise<SavedView[]> {
  return unwrap(api.GET('/api/v1/contact-views', { signal })).then((list) => list.items ?? []);
}

export function getSavedViewsQueryOptions() {
  return queryOptions({ queryKey: savedViewsQueryKey, queryFn: ({ signal }) => getSavedViews(signal) });
}

export function useSavedViews() {
  return useQuery(getSavedViewsQueryOptions());
}

export function createSavedView(view: SavedViewRequest): Promise<SavedView> {
  return unwrap(api.POST('/api/v1/contact-views', { body: view }));
}

export function updateSavedView({ id, changes }: { id: number; changes: SavedViewPatch }): Promise<SavedView> {
  return unwrap(api.PATCH('/api/v1/contact-views/{id}', { params: { path: { id } }, body: changes }));
}

export function deleteSavedView(id: number): Promise<void> {
  return unwrap(api.DELETE('/api/v1/contact-views/{id}', { params: { path: { id } } })).then(() => undefined);
}

function useSavedViewMutation<T, R>(mutationFn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: savedViewsQueryKey }),
  });
}

export function useCreateSavedView() {
  return useSavedViewMutation(createSavedView);
}

export function useUpdateSavedView() {
  return useSavedViewMutation(updateSavedView);
}

export function useDeleteSavedView() {
  return useSavedViewMutation(deleteSavedView);
}
