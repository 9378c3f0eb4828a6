/*-------------------------------------------------------------------------
 *
 * mr_extract_gz.c
 *	  The gazetteer: building it from rows shaped like meetreg.places, and
 *	  walking up its hierarchy.
 *
 *-------------------------------------------------------------------------
 */
#include "mr_extract_int.h"

#include <string.h>

typedef struct gz_row
{
	size_t		key_off;
	size_t		key_len;
	size_t		parent_off;
	size_t		parent_len;		/* 0 = none */
	size_t		names_off;
	size_t		names_len;
} gz_row;

struct mr_gazetteer_builder
{
	const mr_allocator *mem;
	mr_place   *places;
	gz_row	   *rows;
	size_t		n;
	size_t		cap;
	char	   *pool;			/* keys and parent keys */
	size_t		pool_len;
	size_t		pool_cap;
	int32_t    *hash;			/* open addressing over keys: row + 1 */
	size_t		hcap;
	mr_lexicon *names;
};

/* the gazetteer made by the builder, with its owner */
typedef struct gz_owned
{
	mr_gazetteer gz;			/* first: a gz_owned * is an mr_gazetteer * */
	const mr_allocator *mem;
	mr_place   *places;
	mr_lexicon *names;
	char	  **name_lists;
	char	   *name_pool;
} gz_owned;

static int32_t
find_key(const mr_gazetteer_builder *b, const char *k, size_t n)
{
	size_t		i;

	if (b->hcap == 0)
		return -1;
	i = mr_hash_bytes(k, n) & (b->hcap - 1);
	while (b->hash[i] != 0)
	{
		const gz_row *r = &b->rows[b->hash[i] - 1];

		if (r->key_len == n && memcmp(b->pool + r->key_off, k, n) == 0)
			return b->hash[i] - 1;
		i = (i + 1) & (b->hcap - 1);
	}
	return -1;
}

static void
hash_insert(mr_gazetteer_builder *b, int32_t row)
{
	const gz_row *r = &b->rows[row];
	size_t		i = mr_hash_bytes(b->pool + r->key_off, r->key_len) & (b->hcap - 1);

	while (b->hash[i] != 0)
		i = (i + 1) & (b->hcap - 1);
	b->hash[i] = row + 1;
}

static void
grow_hash(mr_gazetteer_builder *b)
{
	const mr_allocator *mem = b->mem;
	size_t		ncap = b->hcap ? b->hcap * 2 : 1024;
	size_t		i;

	if (b->hash)
		mem->free(b->hash, mem->arg);
	b->hash = mem->alloc(ncap * sizeof(int32_t), mem->arg);
	memset(b->hash, 0, ncap * sizeof(int32_t));
	b->hcap = ncap;
	for (i = 0; i < b->n; i++)
		hash_insert(b, (int32_t) i);
}

static size_t
pool_add(mr_gazetteer_builder *b, const char *s, size_t n)
{
	const mr_allocator *mem = b->mem;
	size_t		off = b->pool_len;

	b->pool = mr_grow(mem, b->pool, &b->pool_cap, b->pool_len + n + 1, 1, 4096);
	if (n)
		memcpy(b->pool + off, s, n);
	b->pool_len += n;
	return off;
}

mr_gazetteer_builder *
mr_gazetteer_builder_create(const mr_allocator *mem)
{
	mr_gazetteer_builder *b = mem->alloc(sizeof(*b), mem->arg);

	memset(b, 0, sizeof(*b));
	b->mem = mem;
	b->names = mr_lexicon_create(mem);
	return b;
}

void
mr_gazetteer_builder_free(mr_gazetteer_builder *b)
{
	const mr_allocator *mem;

	if (!b)
		return;
	mem = b->mem;
	if (b->places)
		mem->free(b->places, mem->arg);
	if (b->rows)
		mem->free(b->rows, mem->arg);
	if (b->pool)
		mem->free(b->pool, mem->arg);
	if (b->hash)
		mem->free(b->hash, mem->arg);
	if (b->names)
		mr_lexicon_free(b->names);
	mem->free(b, mem->arg);
}

mr_gz_status
mr_gazetteer_builder_add(mr_gazetteer_builder *b, const char *key,
						 size_t keylen, mr_place_kind kind,
						 const char *parent, size_t parentlen,
						 const char *names, size_t nameslen,
						 int64_t population, int32_t *index,
						 const char **detail)
{
	const mr_allocator *mem = b->mem;
	int32_t		row = (int32_t) b->n;
	size_t		i;

	if (keylen == 0 || find_key(b, key, keylen) >= 0)
	{
		if (detail)
			*detail = keylen == 0 ? "empty key" : "duplicate key";
		return MR_GZ_BAD_KEY;
	}
	if (kind < MR_PLACE_REGION || kind > MR_PLACE_DISTRICT)
	{
		if (detail)
			*detail = "unknown kind";
		return MR_GZ_BAD_KEY;
	}
	if (b->n >= (size_t) INT32_MAX - 1)
	{
		if (detail)
			*detail = "too many places";
		return MR_GZ_BAD_KEY;
	}
	/* check every name before adding anything */
	for (i = 0; i < nameslen;)
	{
		size_t		j = i;
		int			nw;

		while (j < nameslen && names[j] != '|')
			j++;
		if (j > i)
		{
			mr_lex_status st = mr_term_check(names + i, j - i, mem, &nw);

			if (st != MR_LEX_OK && st != MR_LEX_EMPTY)
			{
				if (detail)
					*detail = mr_lex_status_message(st);
				return MR_GZ_BAD_NAME;
			}
		}
		i = j + 1;
	}
	if (b->n + 1 > b->cap)
	{
		size_t		c = b->cap ? b->cap * 2 : 256;

		b->places = b->places ? mem->realloc(b->places, c * sizeof(mr_place), mem->arg)
			: mem->alloc(c * sizeof(mr_place), mem->arg);
		b->rows = b->rows ? mem->realloc(b->rows, c * sizeof(gz_row), mem->arg)
			: mem->alloc(c * sizeof(gz_row), mem->arg);
		b->cap = c;
	}
	b->places[row].parent = -1;
	b->places[row].kind = kind;
	b->places[row].population = population > 0 ? population : 0;
	b->rows[row].key_off = pool_add(b, key, keylen);
	b->rows[row].key_len = keylen;
	b->rows[row].parent_len = parent ? parentlen : 0;
	b->rows[row].parent_off = parentlen && parent ? pool_add(b, parent, parentlen) : 0;
	b->rows[row].names_off = nameslen ? pool_add(b, names, nameslen) : 0;
	b->rows[row].names_len = nameslen;
	b->n++;
	if (b->n * 2 > b->hcap)
		grow_hash(b);
	else
		hash_insert(b, row);
	for (i = 0; i < nameslen;)
	{
		size_t		j = i;

		while (j < nameslen && names[j] != '|')
			j++;
		if (j > i)
			(void) mr_lexicon_add(b->names, row, row, MR_KIND_TERM, names + i, j - i);
		i = j + 1;
	}
	if (index)
		*index = row;
	return MR_GZ_OK;
}

mr_gazetteer *
mr_gazetteer_builder_finish(mr_gazetteer_builder *b, int32_t *bad_row,
							const char **detail)
{
	const mr_allocator *mem = b->mem;
	gz_owned   *o;
	size_t		i;

	for (i = 0; i < b->n; i++)
	{
		const gz_row *r = &b->rows[i];
		int32_t		p;

		if (r->parent_len == 0)
			continue;
		p = find_key(b, b->pool + r->parent_off, r->parent_len);
		if (p < 0 || p == (int32_t) i)
		{
			if (bad_row)
				*bad_row = (int32_t) i;
			if (detail)
				*detail = p < 0 ? "unknown parent key" : "a place is its own parent";
			mr_gazetteer_builder_free(b);
			return NULL;
		}
		b->places[i].parent = p;
	}
	/* no cycles: every walk up ends within n steps */
	for (i = 0; i < b->n; i++)
	{
		int32_t		p = b->places[i].parent;
		size_t		steps = 0;

		while (p >= 0 && steps <= b->n)
		{
			p = b->places[p].parent;
			steps++;
		}
		if (p >= 0)
		{
			if (bad_row)
				*bad_row = (int32_t) i;
			if (detail)
				*detail = "parents form a cycle";
			mr_gazetteer_builder_free(b);
			return NULL;
		}
	}
	o = mem->alloc(sizeof(gz_owned), mem->arg);
	memset(o, 0, sizeof(*o));
	o->mem = mem;
	o->places = b->places;
	o->names = b->names;
	o->gz.places = b->places;
	o->gz.nplaces = b->n;
	o->gz.names = b->names;
	/* the names of each place, NUL-terminated */
	{
		size_t		total = 0;
		size_t		off = 0;

		for (i = 0; i < b->n; i++)
			total += b->rows[i].names_len + 1;
		o->name_pool = mem->alloc(total ? total : 1, mem->arg);
		o->name_lists = mem->alloc((b->n ? b->n : 1) * sizeof(char *), mem->arg);
		for (i = 0; i < b->n; i++)
		{
			o->name_lists[i] = o->name_pool + off;
			if (b->rows[i].names_len)
				memcpy(o->name_pool + off, b->pool + b->rows[i].names_off,
					   b->rows[i].names_len);
			off += b->rows[i].names_len;
			o->name_pool[off++] = '\0';
		}
		o->gz.name_lists = (const char *const *) o->name_lists;
	}
	b->places = NULL;
	b->names = NULL;
	mr_gazetteer_builder_free(b);
	return &o->gz;
}

void
mr_gazetteer_free(mr_gazetteer *gz)
{
	gz_owned   *o = (gz_owned *) gz;
	const mr_allocator *mem;

	if (!gz)
		return;
	mem = o->mem;
	if (o->places)
		mem->free(o->places, mem->arg);
	if (o->names)
		mr_lexicon_free(o->names);
	if (o->name_lists)
		mem->free(o->name_lists, mem->arg);
	if (o->name_pool)
		mem->free(o->name_pool, mem->arg);
	mem->free(o, mem->arg);
}

int32_t
mr_place_up(const mr_gazetteer *gz, int32_t place, mr_place_kind kind)
{
	size_t		steps = 0;

	if (!gz)
		return -1;
	while (place >= 0 && (size_t) place < gz->nplaces && steps <= gz->nplaces)
	{
		if (gz->places[place].kind == kind)
			return place;
		place = gz->places[place].parent;
		steps++;
	}
	return -1;
}

bool
mr_place_kind_parse(const char *s, size_t n, mr_place_kind *kind)
{
	static const char *const names[] = {"region", "prefecture", "province",
	"city", "district"};
	int			i;

	for (i = 0; i < 5; i++)
		if (strlen(names[i]) == n && memcmp(names[i], s, n) == 0)
		{
			*kind = (mr_place_kind) (i + 1);
			return true;
		}
	return false;
}

/*
 * Load the text of data/places.tsv (a header line, then key, kind, parent,
 * name_ar, name_fr, variants, population separated by tabs).  Returns NULL
 * with *bad_line (1-based) and *detail set on a malformed line.
 */
mr_gazetteer *
mr_gazetteer_from_tsv(const char *text, size_t n, const mr_allocator *mem,
					  size_t *bad_line, const char **detail)
{
	mr_gazetteer_builder *b = mr_gazetteer_builder_create(mem);
	mr_buf		names;
	size_t		pos = 0;
	size_t		line = 0;
	int32_t		bad_row = -1;
	mr_gazetteer *gz;

	mr_buf_init(&names, mem, 256);
	while (pos < n)
	{
		const char *f[7];
		size_t		fl[7];
		size_t		end = pos;
		size_t		k = 0;
		size_t		p;
		mr_place_kind kind;
		int64_t		pop = 0;
		mr_gz_status st;

		while (end < n && text[end] != '\n')
			end++;
		line++;
		if (line == 1 || end == pos)
		{
			pos = end + 1;
			continue;
		}
		p = pos;
		while (k < 7)
		{
			size_t		q = p;

			while (q < end && text[q] != '\t')
				q++;
			f[k] = text + p;
			fl[k] = q - p;
			k++;
			if (q >= end)
				break;
			p = q + 1;
		}
		if (k < 6 || !mr_place_kind_parse(f[1], fl[1], &kind))
		{
			if (bad_line)
				*bad_line = line;
			if (detail)
				*detail = k < 6 ? "too few fields" : "unknown kind";
			mr_buf_free(&names);
			mr_gazetteer_builder_free(b);
			return NULL;
		}
		if (k == 7)
			for (p = 0; p < fl[6]; p++)
				if (f[6][p] >= '0' && f[6][p] <= '9' && pop < INT64_MAX / 10)
					pop = pop * 10 + (f[6][p] - '0');
		names.len = 0;
		mr_buf_append(&names, f[3], fl[3]);
		mr_buf_append(&names, "|", 1);
		mr_buf_append(&names, f[4], fl[4]);
		mr_buf_append(&names, "|", 1);
		mr_buf_append(&names, f[5], fl[5]);
		st = mr_gazetteer_builder_add(b, f[0], fl[0], kind, f[2], fl[2],
									  names.data, names.len, pop, NULL, detail);
		if (st != MR_GZ_OK)
		{
			if (bad_line)
				*bad_line = line;
			mr_buf_free(&names);
			mr_gazetteer_builder_free(b);
			return NULL;
		}
		pos = end + 1;
	}
	mr_buf_free(&names);
	gz = mr_gazetteer_builder_finish(b, &bad_row, detail);
	if (!gz && bad_line)
		*bad_line = 0;
	return gz;
}
