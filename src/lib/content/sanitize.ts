/**
 * What raw HTML may survive in volunteers' Markdown. rehype-sanitize's default (GitHub's) schema
 * drops `<script>`, `on*=` handlers, `javascript:` links and `<iframe>`; it also drops `tel:`
 * links, which a contact page needs, so `tel` is allowed back.
 */
import { defaultSchema, type Options } from 'rehype-sanitize';

export const sanitizeOptions: Options = {
  ...defaultSchema,
  // Headings keep their ids without GitHub's `user-content-` prefix, so in-page links work.
  clobberPrefix: '',
  protocols: {
    ...defaultSchema.protocols,
    href: [...(defaultSchema.protocols?.['href'] ?? []), 'tel'],
  },
};
