/** The script of /t/<slug> pages in a built site (see start.ts): the root and the site's layout around the timeline page. */
import Layout from '../routes/+layout.svelte';
import Site from '../routes/(site)/+layout.svelte';
import Page from '../routes/(site)/t/[slug]/+page.svelte';
import { start } from './start.ts';

void start([Layout, Site, Page]);
