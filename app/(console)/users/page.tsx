import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { CreateUserForm } from "@/components/users/create-user-form";
import { RoleSelect, UserRowActions } from "@/components/users/user-row-actions";
import { Badge } from "@/components/ui/badge";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableColumns, TableRow } from "@/components/ui/table";
import { requireRole } from "@/lib/runtime/session";
import { getRuntime } from "@/lib/runtime/runtime";
import { listUsers } from "@/lib/users/users";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("title") };
}

const columns = ["user", "role", "status", "created"] as const;

export default async function UsersPage() {
  const session = await requireRole("admin");
  const { database } = await getRuntime();
  const [t, format, users] = await Promise.all([getTranslations("users"), getFormatter(), listUsers(database.db)]);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <CardTitle>{t("createTitle")}</CardTitle>
        <CardDescription>{t("createDescription")}</CardDescription>
        <CreateUserForm />
      </Card>
      <Card className="p-0">
        <CardTitle className="px-5 pt-5">{t("listTitle")}</CardTitle>
        <Table className="mt-3" data-testid="users-table">
          <TableColumns
            columns={[
              ...columns.map((column) => t(`columns.${column}`)),
              { label: t("columns.actions"), className: "text-right" },
            ]}
          />
          <TableBody>
            {users.map((user) => {
              const isSelf = user.id === session.user.id;
              return (
                <TableRow key={user.id} data-testid="user-row" data-email={user.email}>
                  <TableCell>
                    <div className="font-medium">
                      {user.name}
                      {isSelf && <span className="ml-2 text-xs text-muted">({t("you")})</span>}
                    </div>
                    <div className="text-xs text-muted">{user.email}</div>
                  </TableCell>
                  <TableCell>
                    <RoleSelect userId={user.id} email={user.email} role={user.role} disabled={isSelf} />
                  </TableCell>
                  <TableCell>
                    <Badge
                      tone={user.disabled ? "danger" : "success"}
                      className="whitespace-nowrap"
                      data-testid="user-status"
                    >
                      {user.disabled ? t("disabled") : t("active")}
                    </Badge>
                  </TableCell>
                  <TableCell className="whitespace-nowrap text-muted">
                    {format.dateTime(user.createdAt, { dateStyle: "medium" })}
                  </TableCell>
                  <TableCell className="text-right">
                    <UserRowActions userId={user.id} email={user.email} disabled={user.disabled} isSelf={isSelf} />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Card>
    </div>
  );
}
