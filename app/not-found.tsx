import Link from "next/link";

export default function NotFound() {
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-2 text-muted">
        There is nothing at this address. The advisor lives on the home page; a shared plan is a link to it with the
        answers in the query.
      </p>
      <p className="mt-4">
        <Link href="/">Start the advisor</Link>
      </p>
    </div>
  );
}
