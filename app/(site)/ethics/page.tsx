import { StandardsPageView, standardsMetadata } from '../_components/standards-page';

export const generateMetadata = () => standardsMetadata('ethics');

export default function EthicsPage() {
  return <StandardsPageView slug="ethics" />;
}
