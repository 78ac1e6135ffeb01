import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Language } from '../../i18n';
import { useLang } from '../../shell/useLang';
import { PRIVATE } from '../auth/session';
import { pactsApi, type CampaignInput, type PactTargetKind, type TargetFilters } from './api';

/** Every cached pact answer starts with this: one write can change counts, targets and compliance at once. */
const PACTS = [PRIVATE, 'pacts'] as const;
export const CAMPAIGN_PAGE = 50;

/** `overdue`: only campaigns past their deadline with targets still owing a pact. */
export function useCampaigns(regionCode: string | undefined, page: number, overdue = false) {
  const { lang } = useLang();
  return useQuery({
    queryKey: [...PACTS, 'campaigns', lang, regionCode ?? null, overdue, page],
    queryFn: ({ signal }) => pactsApi.campaigns(lang, { regionCode, ...(overdue ? { overdue: 'true' as const } : {}), page, pageSize: CAMPAIGN_PAGE }, signal),
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}

export function useCampaign(id: number) {
  const { lang } = useLang();
  return useQuery({ queryKey: [...PACTS, 'campaign', lang, id], queryFn: ({ signal }) => pactsApi.campaign(lang, id, signal), staleTime: 10_000 });
}

export function useTargets(id: number, filters: TargetFilters) {
  const { lang } = useLang();
  return useQuery({
    queryKey: [...PACTS, 'targets', lang, id, filters],
    queryFn: ({ signal }) => pactsApi.targets(lang, id, filters, signal),
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}

export function useSubmissions(targetId: number | null) {
  const { lang } = useLang();
  return useQuery({
    queryKey: [...PACTS, 'submissions', lang, targetId],
    queryFn: ({ signal }) => pactsApi.submissions(lang, targetId ?? 0, signal),
    enabled: targetId !== null,
  });
}

export function useCompliance(id: number) {
  const { lang } = useLang();
  return useQuery({ queryKey: [...PACTS, 'compliance', lang, id], queryFn: ({ signal }) => pactsApi.compliance(lang, id, signal), staleTime: 10_000 });
}

export function useReminders(id: number, enabled: boolean) {
  const { lang } = useLang();
  return useQuery({ queryKey: [...PACTS, 'reminders', lang, id], queryFn: ({ signal }) => pactsApi.reminders(lang, id, signal), enabled, staleTime: 10_000 });
}

/** A pact write; afterwards every pact answer is read again (counts, lists and compliance move together). */
function usePactMutation<Input, Output>(run: (lang: Language, input: Input) => Promise<Output>) {
  const client = useQueryClient();
  const { lang } = useLang();
  return useMutation({
    mutationFn: (input: Input) => run(lang, input),
    onSettled: () => client.invalidateQueries({ queryKey: PACTS }),
  });
}

export const useSaveCampaign = () => usePactMutation((lang, input: { id: number | null; version: number; campaign: CampaignInput }) =>
  input.id === null ? pactsApi.create(lang, input.campaign) : pactsApi.update(lang, input.id, { ...input.campaign, version: input.version }));
export const useAddFromUnits = () => usePactMutation((lang, input: { id: number; unitIds: number[]; kind: PactTargetKind }) =>
  pactsApi.fromUnits(lang, input.id, input.unitIds, input.kind));
export const useImportTargets = () => usePactMutation((lang, input: { id: number; file: File; keepValid: boolean }) =>
  pactsApi.importTargets(lang, input.id, input.file, input.keepValid));
export const useIssueLink = () => usePactMutation((lang, targetId: number) => pactsApi.issueLink(lang, targetId));
export const useIssueLinks = () => usePactMutation((lang, input: { id: number; targetIds?: number[] }) => pactsApi.issueLinks(lang, input.id, input.targetIds));
export const useRevokeLink = () => usePactMutation((lang, targetId: number) => pactsApi.revokeLink(lang, targetId));
export const useRemoveCampaign = () => usePactMutation((lang, input: { id: number; version: number }) => pactsApi.remove(lang, input.id, input.version));
export const useStaffSubmission = () => usePactMutation((lang, input: { targetId: number; form: FormData }) => pactsApi.staffSubmit(lang, input.targetId, input.form));
export const useRemoveTarget = () => usePactMutation((lang, input: { id: number; version: number }) => pactsApi.removeTarget(lang, input.id, input.version));
export const useReview = () => usePactMutation((lang, input: { targetId: number; version: number; decision: 'diverifikasi' | 'ditolak'; reason?: string }) =>
  pactsApi.review(lang, input.targetId, { version: input.version, decision: input.decision, reason: input.reason }));
