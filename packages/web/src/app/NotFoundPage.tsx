import { PageHeader } from '../ui/PageTitle';
import { Link } from '../router';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page introuvable" />
      <p>Cette page n’existe pas, a été supprimée, ou vous n’avez pas le droit de la consulter.</p>
      <p>Vérifiez l’adresse saisie, ou repartez de l’accueil.</p>
      <ul>
        <li><Link href="/">Accueil</Link></li>
        <li><Link href="/territoires">Rechercher un territoire</Link></li>
      </ul>
    </>
  );
}
