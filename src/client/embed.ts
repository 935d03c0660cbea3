/** The script of /embed/<slug> pages in a built site (see start.ts): the root layout around the embed page. */
import Layout from '../routes/+layout.svelte';
import Page from '../routes/embed/[slug]/+page.svelte';
import { start } from './start.ts';

void start([Layout, Page]);
