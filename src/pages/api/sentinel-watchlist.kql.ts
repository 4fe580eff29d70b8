import type { APIRoute } from 'astro';
import { watchlistQuery } from '../../lib/publish/kql.ts';

/** The query that enriches sign-in logs through the watchlist, ready to paste into Sentinel. */
export const GET: APIRoute = () => new Response(watchlistQuery(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
