/** The one shape of every error the API returns: the contract's, kept here for the routes that import it from here. */
export { ErrorSchema } from '@needle/contract';
