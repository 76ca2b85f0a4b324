import { StandardsPageView, standardsMetadata } from '../_components/standards-page';

export const generateMetadata = () => standardsMetadata('corrections-policy');

export default function CorrectionsPolicyPage() {
  return <StandardsPageView slug="corrections-policy" />;
}
