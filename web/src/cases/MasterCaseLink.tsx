import { Link } from 'react-router';
import { useCaseDetail } from './caseQueries';

/**
 * The master case of a duplicate, by its code: the case is read (it is in cache once opened), and its
 * id stands in until then, or when the viewer may not open it.
 */
export function MasterCaseLink({ id }: { id: string }) {
  const master = useCaseDetail(id);
  return (
    <Link to={`/cases/${id}`} data-testid="case-master">
      {master.data?.case.code ?? id}
    </Link>
  );
}
