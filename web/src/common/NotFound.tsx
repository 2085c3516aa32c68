import { Button, Result } from 'antd';
import { Link } from 'react-router';

interface Props {
  title: string;
  subTitle?: string;
  /** Where the button leads back to: the list, or the user's own area. */
  backTo: string;
  backText: string;
  testId: string;
}

/** "Outside your jurisdiction" looks exactly like "does not exist", as the server answers both. */
export function NotFound({ title, subTitle, backTo, backText, testId }: Props) {
  return (
    <Result
      status="404"
      title={title}
      subTitle={subTitle}
      extra={
        <Link to={backTo}>
          <Button type="primary">{backText}</Button>
        </Link>
      }
      data-testid={testId}
    />
  );
}
