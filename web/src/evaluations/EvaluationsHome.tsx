import { useMe } from '../auth/AuthContext';
import { EvaluationDetailPage } from './EvaluationDetailPage';
import { EvaluationListPage } from './EvaluationListPage';
import { isOrganiser } from './organiser';
import { ResidentEvaluationPage } from './ResidentEvaluationPage';
import { ResidentEvaluationsPage } from './ResidentEvaluationsPage';

/** 民事民评: the organisers' list, or a resident's own community's evaluations on their phone. */
export function EvaluationsHome() {
  return isOrganiser(useMe()) ? <EvaluationListPage /> : <ResidentEvaluationsPage />;
}

/** One evaluation: the organisers' page with its close, or the resident's with their household's sheet. */
export function EvaluationHome() {
  return isOrganiser(useMe()) ? <EvaluationDetailPage /> : <ResidentEvaluationPage />;
}
