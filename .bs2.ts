import { benchSearch } from './scripts/bench-search.ts';
await benchSearch(process.argv[2]!, 'tim-kiem/', 'den chu van an');
await benchSearch(process.argv[2]!, 'en/search/', 'chu van an temple');
