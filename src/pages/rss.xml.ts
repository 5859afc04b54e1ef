import { guideFeed } from './_guide-feed';

export const GET = guideFeed('de');
