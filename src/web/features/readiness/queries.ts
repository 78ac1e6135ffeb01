import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Language } from '../../i18n';
import { useLang } from '../../shell/useLang';
import { PRIVATE } from '../auth/session';
import { readinessApi, type Assessment, type CreateAssessment, type GapActionItems, type ReadinessTemplate, type UpdateAssessment } from './readinessApi';

/** Everything about readiness cached for this account starts with this. */
const READINESS = [PRIVATE, 'readiness'] as const;
const assessmentKey = (lang: Language, id: number) => [...READINESS, 'assessment', lang, id] as const;
const REGIONS = [...READINESS, 'region'] as const;

/** Every cached copy of one assessment, in any language. */
const aboutAssessment = (id: number) => ({
  predicate: (query: { queryKey: readonly unknown[] }) =>
    query.queryKey[0] === PRIVATE && query.queryKey[1] === 'readiness' && query.queryKey[2] === 'assessment' && query.queryKey[4] === id,
});

/** Every checklist version; they change only when an administrator adds one as data. */
export function useTemplates() {
  const { lang } = useLang();
  return useQuery({
    queryKey: [...READINESS, 'templates', lang],
    queryFn: ({ signal }) => readinessApi.templates(lang, signal),
    staleTime: 5 * 60_000,
  });
}

/** The newest version of each checklist, in the order the API lists them. */
export function newestTemplates(templates: readonly ReadinessTemplate[]): ReadinessTemplate[] {
  const newest = new Map<string, ReadinessTemplate>();
  for (const template of templates) {
    const known = newest.get(template.code);
    if (!known || known.version < template.version) newest.set(template.code, template);
  }
  return [...newest.values()];
}

/** A province's or kabupaten/kota's readiness per domain, with a province's roll-up. */
export function useRegionReadiness(code: string) {
  const { lang } = useLang();
  return useQuery({
    queryKey: [...REGIONS, lang, code],
    queryFn: ({ signal }) => readinessApi.region(lang, code, signal),
    // Another language: the page stays while the next answer comes.
    placeholderData: (previous) => (previous?.region.code === code ? previous : undefined),
    staleTime: 10_000,
    enabled: code !== '',
  });
}

/**
 * The map's percents: the provinces, or one province's kabupaten/kota. Kept under the region pages'
 * key, so every save that marks those stale marks the map stale too.
 */
export function useReadinessScores(parent: string | undefined) {
  const { lang } = useLang();
  return useQuery({
    queryKey: [...REGIONS, 'scores', lang, parent ?? null],
    queryFn: ({ signal }) => readinessApi.scores(lang, parent, signal),
    // Another language keeps the map on screen; another level starts empty (its outlines change with it).
    placeholderData: (previous) => ((previous?.parent?.code ?? undefined) === parent ? previous : undefined),
    staleTime: 10_000,
  });
}

/**
 * One assessment with every item. It is not read again behind the user's back (focus, reconnect): the
 * checklist edits it, and a newer copy arriving mid-edit would hide that someone else saved first.
 */
export function useAssessment(id: number) {
  const { lang } = useLang();
  return useQuery({
    queryKey: assessmentKey(lang, id),
    queryFn: ({ signal }) => readinessApi.assessment(lang, id, signal),
    placeholderData: (previous) => (previous?.id === id ? previous : undefined),
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    staleTime: 5_000,
    enabled: Number.isInteger(id) && id > 0,
  });
}

/** Puts a fresh assessment in the cache and marks every region page (and the other language's copy) stale. */
function useAssessmentSaved() {
  const client = useQueryClient();
  const { lang } = useLang();
  return async (saved: Assessment) => {
    await client.cancelQueries(aboutAssessment(saved.id));
    client.setQueryData(assessmentKey(lang, saved.id), saved);
    const same = aboutAssessment(saved.id).predicate;
    void client.invalidateQueries({ predicate: (query) => same(query) && query.queryKey[3] !== lang });
    void client.invalidateQueries({ queryKey: REGIONS });
  };
}

export function useCreateAssessment() {
  const { lang } = useLang();
  const saved = useAssessmentSaved();
  return useMutation({
    mutationFn: (input: CreateAssessment) => readinessApi.create(lang, input),
    onSuccess: saved,
  });
}

export function useUpdateAssessment(id: number) {
  const { lang } = useLang();
  const saved = useAssessmentSaved();
  return useMutation({
    mutationFn: (changes: UpdateAssessment) => readinessApi.update(lang, id, changes),
    onSuccess: saved,
  });
}

/** Gaps made action items: the checklist shows their links, and the meeting and the board have new items. */
export function useGapActionItems(id: number) {
  const client = useQueryClient();
  const { lang } = useLang();
  return useMutation({
    mutationFn: (input: GapActionItems) => readinessApi.gapActionItems(lang, id, input),
    onSuccess: async () => {
      void client.invalidateQueries({ queryKey: [PRIVATE, 'meeting'] });
      void client.invalidateQueries({ queryKey: [PRIVATE, 'action-items'] });
      void client.invalidateQueries({ queryKey: REGIONS });
      await client.invalidateQueries(aboutAssessment(id));
    },
  });
}

/** Percents as the UI language writes them ("43,33%"), and calendar days ("20 Nov 2024"). */
export function usePercentFormat() {
  const { locale } = useLang();
  return useMemo(() => {
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
    return (value: number) => percent.format(value / 100);
  }, [locale]);
}
