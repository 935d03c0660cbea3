import { withWhole } from '$lib/view/whole';

export const load = ({ data, fetch }) => withWhole(data, fetch);
