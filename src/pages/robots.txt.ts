import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/web/sitemap.ts';

export const GET: APIRoute = ({ site }) => new Response(robotsTxt(new URL(`${import.meta.env.BASE_URL}sitemap.xml`, site).href));
