import { useNavigate } from 'react-router';
import { useAuth } from '../auth/AuthContext';

/** Signs out from the header or from 我的. */
export function useSignOut(): () => Promise<void> {
  const { signOut } = useAuth();
  const navigate = useNavigate();
  return async () => {
    await signOut();
    // Straight to a clean login page: the next person to sign in should not land on this user's last page.
    navigate('/login', { replace: true });
  };
}
