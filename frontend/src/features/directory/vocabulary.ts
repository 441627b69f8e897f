import { api } from '../../lib/api';
import type { Page, TermView } from '../../lib/types';

let categories: Promise<TermView[]> | null = null;
let needs: Promise<TermView[]> | null = null;

function load(path: string): Promise<TermView[]> {
  return api.get<Page<TermView>>(path, { size: 200 }).then((page) => page.items);
}

export function allCategories(): Promise<TermView[]> {
  categories ??= load('/api/categories').catch((e) => { categories = null; throw e; });
  return categories;
}

export function allNeeds(): Promise<TermView[]> {
  needs ??= load('/api/needs').catch((e) => { needs = null; throw e; });
  return needs;
}
