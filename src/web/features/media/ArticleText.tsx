import { Paper, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from './api';
import { isField } from './fields';
import { segmentsOf, supports, type FieldFocus } from './highlight';

/**
 * The analysed text with the words each extracted value came from marked; the marks of the value the
 * reviewer points at (hover or focus in the form) stand out.
 */
export function ArticleText({ text, evidence, focus }: { text: string; evidence: readonly EvidenceItem[]; focus: FieldFocus | null }) {
  const { t } = useTranslation();
  const segments = useMemo(() => segmentsOf(text, evidence), [text, evidence]);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="media-article-text">
      <Title order={2} size="h4" id="media-article-text" mb="sm">{t('media.review.text')}</Title>
      <div className="media-article-text" data-testid="media-article-text">
        {segments.map((segment) => {
          if (segment.evidence.length === 0) return <span key={segment.start}>{segment.text}</span>;
          const active = segment.evidence.some((item) => supports(item, focus));
          const fields = [...new Set(segment.evidence.map((item) => item.field))];
          const title = segment.evidence.map((item) => `${isField(item.field) ? t(`media.field.${item.field}`) : item.field}: ${item.value}`).join('\n');
          return (
            <mark key={segment.start} className={active ? 'media-evidence media-evidence-active' : 'media-evidence'}
              data-fields={fields.join(' ')} data-active={active || undefined} title={title}>
              {segment.text}
            </mark>
          );
        })}
      </div>
    </Paper>
  );
}
