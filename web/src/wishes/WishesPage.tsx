import { App, Button, Flex, Tabs } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { postWish, type WishInput } from '../api/wishes';
import { useMe } from '../auth/AuthContext';
import { PageHeading } from '../common/PageHeading';
import { useKeptCommunities } from '../community-lists/useKeptCommunities';
import { PageShell } from '../layout/PageShell';
import { newIdempotencyKey } from '../report/idempotencyKey';
import { ownCommunity } from '../volunteers/volunteerRoles';
import { CARD_PAGE_SIZE, WishCards } from './WishCards';
import { WishCountsTab } from './WishCountsTab';
import { WishModal } from './WishModal';
import { WishTable } from './WishTable';
import { useOpenWishes, useWishes, useWishesWrite } from './wishesQueries';
import { keepsWishes, postsForOthers } from './wishRoles';

const tab = (key: string, label: string, children: ReactNode) => ({
  key,
  label: <span data-testid={`tab-${key}`}>{label}</span>,
  children,
});

/**
 * 微心愿: staff review the wishes of their area and see the counts per community; a resident posts a
 * wish, claims others' and follows both; a grid worker posts for residents without a phone.
 */
export function WishesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useMe();
  const communities = useKeptCommunities();
  const staff = keepsWishes(me);
  const forSomeone = postsForOthers(me);
  const [posting, setPosting] = useState(false);
  // One key per wish being written: a retry of the same form is the same wish.
  const [key, setKey] = useState(newIdempotencyKey);
  const post = useWishesWrite(async (input: WishInput) => (await postWish(input, key)).wish);
  return (
    <PageShell maxWidth={staff ? 1200 : 600}>
      <Flex vertical gap={12} data-testid="wishes-page">
        <PageHeading title={t('wishes.title')} testId="wishes-heading">
          <Button type="primary" onClick={() => setPosting(true)} data-testid="wish-post">
            {t('wishes.post.button')}
          </Button>
        </PageHeading>
        <Tabs
          destroyOnHidden
          items={
            staff
              ? [
                  tab('list', t('wishes.tabs.list'), <WishTable communities={communities} />),
                  tab('counts', t('wishes.tabs.counts'), <WishCountsTab />),
                ]
              : [
                  ...(me.roles.includes('resident')
                    ? [tab('open', t('wishes.tabs.open'), <OpenWishes />)]
                    : []),
                  tab('mine', t('wishes.tabs.mine'), <MyWishes claims={false} />),
                  ...(me.roles.includes('resident')
                    ? [tab('claims', t('wishes.tabs.claims'), <MyWishes claims />)]
                    : []),
                ]
          }
        />
        {posting && (
          <WishModal
            communities={communities}
            forSomeone={forSomeone}
            defaultCommunity={ownCommunity(me, communities)}
            mutation={post}
            onCancel={() => setPosting(false)}
            onDone={(result) => {
              setPosting(false);
              setKey(newIdempotencyKey());
              message.success(t('wishes.post.posted'));
              navigate(`/wishes/${result.id}`);
            }}
          />
        )}
      </Flex>
    </PageShell>
  );
}

function OpenWishes() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const open = useOpenWishes(
    new URLSearchParams({ page: String(page), pageSize: String(CARD_PAGE_SIZE) }).toString(),
  );
  return (
    <WishCards
      query={open}
      empty={t('wishes.list.openEmpty')}
      page={page}
      onPage={setPage}
      testId="open-wishes"
    />
  );
}

/** The wishes the user wished or posted, or those they claimed: one list from the server, split here. */
function MyWishes({ claims }: { claims: boolean }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const mine = useWishes(new URLSearchParams({ page: String(page), pageSize: '100' }).toString());
  return (
    <WishCards
      query={mine}
      keep={(w) => (w.claim?.mine ?? false) === claims}
      empty={claims ? t('wishes.list.claimsEmpty') : t('wishes.list.mineEmpty')}
      page={page}
      pageSize={100}
      onPage={setPage}
      testId={claims ? 'my-claims' : 'my-wishes'}
    />
  );
}
