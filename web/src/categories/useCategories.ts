import { type CategoryClass, fetchCategories } from '../api/categories';
import { type Resource, useResource } from '../api/useResource';

export function useCategories(): Resource<CategoryClass[]> {
  return useResource(fetchCategories);
}
