/**
 * The citation of a figure known by its row and index (charts, entity pages): the figure table holds
 * no sentences, so the post's body is loaded when the analyst asks, and cached like any other.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { listPageQuery, postBodyQuery } from '../../data/data-client.ts';
import { figureCitation, type Citation } from '../../model/cite/citation.ts';
import type { Collection } from '../../model/collection.ts';

/** `(row, figureIndex) => Promise<Citation>` for the collection's posts. */
export function useFigureCitation(collection: Collection): (row: number, figureIndex: number) => Promise<Citation> {
  const queryClient = useQueryClient();
  const { manifest } = collection;
  return useCallback(
    async (row, figureIndex) => {
      const size = manifest.list.pageSize;
      const page = await queryClient.ensureQueryData(listPageQuery(manifest, Math.floor(row / size)));
      const fields = page[row % size];
      if (!fields) throw new Error(`post ${row + 1} is not in the data; reload the page`);
      const post = await queryClient.ensureQueryData(postBodyQuery(fields[3]));
      if (!post.figures[figureIndex]) throw new Error(`the post "${fields[1]}" has no figure ${figureIndex + 1}; reload the page`);
      return figureCitation(fields[0], post, figureIndex);
    },
    [queryClient, manifest],
  );
}
