import { describeFrameworkExample } from './framework-example.js';

describeFrameworkExample('vue');
