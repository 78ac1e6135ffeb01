import { Drawer, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useCurrentUser } from '../auth/session';
import { ActionItemFacts } from './ActionItemFacts';
import { EvidenceForm } from './EvidenceForm';
import { HistoryList } from './HistoryList';
import { useActionItem } from './queries';
import { mayFollowUp } from './status';
import { StatusForm } from './StatusForm';

/** /action-items/:id — one item over the board: facts, follow-up (status, note, evidence) and history. */
export function ActionItemDrawer() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const { search } = useLocation();
  const phone = useMediaQuery('(max-width: 48em)');
  const item = useActionItem(id);
  const user = useCurrentUser();
  const data = item.data;
  return (
    <Drawer
      opened onClose={() => void navigate(`/action-items${search}`, { state: { returnTo: id } })} position="right" size={phone ? '100%' : 'xl'}
      title={data?.title ?? t('actionItems.detailTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}
      classNames={{ title: 'ai-drawer-title' }}
    >
      {item.isPending && <Loading />}
      {item.isError && <ErrorNotice error={item.error} onRetry={() => void item.refetch()} />}
      {data && (
        <Stack gap="lg">
          <ActionItemFacts item={data} />
          {mayFollowUp(user, data) && (
            <>
              <StatusForm item={data} />
              <EvidenceForm item={data} />
            </>
          )}
          <HistoryList item={data} />
        </Stack>
      )}
    </Drawer>
  );
}
