import Link from "next/link";
import { Button } from "@/components/ui/button";

interface PageLink {
  href: string;
  label: string;
  testId?: string;
}

function PageButton({ link, variant }: { link: PageLink; variant: "ghost" | "secondary" }) {
  return (
    <Button asChild variant={variant}>
      <Link href={link.href} data-testid={link.testId}>
        {link.label}
      </Link>
    </Button>
  );
}

/** Keyset paging under a list: back to the newest entries, and on to older ones (each when there is one). */
export function Pager({ newest, older }: { newest?: PageLink | null; older?: PageLink | null }) {
  return (
    <div className="flex gap-3">
      {newest && <PageButton link={newest} variant="ghost" />}
      {older && <PageButton link={older} variant="secondary" />}
    </div>
  );
}
