/*-------------------------------------------------------------------------
 *
 * mr_mem.c
 *	  Allocator plumbing and growable buffers of the meetreg engine.
 *
 *-------------------------------------------------------------------------
 */
#include "mr_engine.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

mr_interrupt_hook mr_check_interrupts = NULL;

static void *
default_alloc(size_t size, void *arg)
{
	void	   *p = malloc(size ? size : 1);

	(void) arg;
	if (p == NULL)
	{
		fprintf(stderr, "meetreg engine: out of memory (%zu bytes)\n", size);
		abort();
	}
	return p;
}

static void *
default_realloc(void *ptr, size_t size, void *arg)
{
	void	   *p = realloc(ptr, size ? size : 1);

	(void) arg;
	if (p == NULL)
	{
		fprintf(stderr, "meetreg engine: out of memory (%zu bytes)\n", size);
		abort();
	}
	return p;
}

static void
default_free(void *ptr, void *arg)
{
	(void) arg;
	free(ptr);
}

const mr_allocator mr_default_allocator = {
	default_alloc, default_realloc, default_free, NULL
};

void
mr_buf_init(mr_buf *b, const mr_allocator *mem, size_t initial)
{
	if (initial < 16)
		initial = 16;
	b->mem = mem;
	b->cap = initial;
	b->len = 0;
	b->data = mem->alloc(initial, mem->arg);
	b->data[0] = '\0';
}

/* Make room for extra more bytes (plus the terminator); false if too long. */
bool
mr_buf_reserve(mr_buf *b, size_t extra)
{
	size_t		need;
	size_t		cap;

	if (extra > MR_MAX_OUTPUT || b->len > MR_MAX_OUTPUT - extra)
		return false;
	need = b->len + extra + 1;
	if (need <= b->cap)
		return true;
	cap = b->cap;
	while (cap < need)
		cap = (cap > MR_MAX_OUTPUT / 2) ? MR_MAX_OUTPUT + 1 : cap * 2;
	b->data = b->mem->realloc(b->data, cap, b->mem->arg);
	b->cap = cap;
	return true;
}

bool
mr_buf_append(mr_buf *b, const char *s, size_t n)
{
	if (!mr_buf_reserve(b, n))
		return false;
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
	return true;
}

bool
mr_buf_append_cp(mr_buf *b, uint32_t cp)
{
	if (!mr_buf_reserve(b, 4))
		return false;
	b->len += mr_utf8_encode(cp, b->data + b->len);
	b->data[b->len] = '\0';
	return true;
}

bool
mr_buf_append_cps(mr_buf *b, const uint32_t *cp, size_t n)
{
	size_t		i;

	if (n > MR_MAX_OUTPUT / 4 || !mr_buf_reserve(b, n * 4))
		return false;
	for (i = 0; i < n; i++)
		b->len += mr_utf8_encode(cp[i], b->data + b->len);
	b->data[b->len] = '\0';
	return true;
}

void
mr_buf_free(mr_buf *b)
{
	if (b->data)
		b->mem->free(b->data, b->mem->arg);
	b->data = NULL;
	b->len = b->cap = 0;
}

void *
mr_grow(const mr_allocator *mem, void *p, size_t *cap, size_t need,
		size_t elem, size_t initial)
{
	size_t		c;

	if (p != NULL && need <= *cap)
		return p;
	c = (p != NULL && *cap) ? *cap : (initial ? initial : 1);
	while (c < need)
		c *= 2;
	p = p ? mem->realloc(p, c * elem, mem->arg) : mem->alloc(c * elem, mem->arg);
	*cap = c;
	return p;
}

void
mr_cpbuf_init(mr_cpbuf *b, const mr_allocator *mem, size_t initial)
{
	if (initial < 16)
		initial = 16;
	b->mem = mem;
	b->cap = initial;
	b->len = 0;
	b->cp = mem->alloc(initial * sizeof(uint32_t), mem->arg);
}

void
mr_cpbuf_push(mr_cpbuf *b, uint32_t cp)
{
	if (b->len == b->cap)
	{
		b->cap *= 2;
		b->cp = b->mem->realloc(b->cp, b->cap * sizeof(uint32_t), b->mem->arg);
	}
	b->cp[b->len++] = cp;
}

void
mr_cpbuf_free(mr_cpbuf *b)
{
	if (b->cp)
		b->mem->free(b->cp, b->mem->arg);
	b->cp = NULL;
	b->len = b->cap = 0;
}

size_t
mr_utf8_count(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t		i = 0;
	size_t		count = 0;

	while (i < n)
	{
		uint32_t	cp;

		if (p[i] < 0x80)
		{
			i++;
			count++;
			continue;
		}
		i += mr_utf8_decode(p + i, n - i, &cp);
		count++;
	}
	return count;
}
