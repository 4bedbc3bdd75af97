import { mount } from 'svelte';
import GridDemo from './GridDemo.svelte';

const target = document.getElementById('demo');
if (target) mount(GridDemo, { target });
