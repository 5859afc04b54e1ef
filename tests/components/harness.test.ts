// Proves the components project mounts Svelte 5 islands in jsdom with runes and events.
// Real islands (search, quiz, checker) bring their own tests here.
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import RunesProbe from '../fixtures/components/RunesProbe.svelte';

describe('component harness', () => {
  it('mounts a runes component with props and updates it on click', async () => {
    render(RunesProbe, { props: { label: 'Count' } });
    const button = screen.getByRole('button');
    expect(button.textContent).toBe('Count 2, doubled 4');
    await fireEvent.click(button);
    expect(button.textContent).toBe('Count 3, doubled 6');
  });
});
