/**
 * Run an async function over a stream of items with at most `limit` calls in
 * flight, yielding the results in the order of the items. A result is
 * yielded as soon as it and all before it are done, even while the next item
 * is still on its way (a streaming filter must not hold back finished
 * articles). When `signal` aborts, no new item is taken; the calls already in
 * flight still finish and are yielded.
 */
export async function* orderedMap<T, R>(
  items: AsyncIterable<T>,
  map: (item: T) => Promise<R>,
  {limit, signal}: {limit: number; signal?: AbortSignal}
): AsyncGenerator<R> {
  const iterator = items[Symbol.asyncIterator]()
  const inFlight: Promise<R>[] = []
  let settledHead: Promise<R> | undefined
  let headSettles: Promise<'head'> | undefined
  let nextItem: Promise<IteratorResult<T> | 'aborted'> | undefined
  let exhausted = false
  let itemPending = false
  const next = () => {
    itemPending = true
    return iterator.next().finally(() => (itemPending = false))
  }
  try {
    while (true) {
      exhausted ||= signal?.aborted ?? false
      if (!exhausted && inFlight.length < limit) {
        nextItem ??= untilAborted(next(), signal)
        const head = inFlight[0]
        if (head !== settledHead) [settledHead, headSettles] = [head, head?.then(settled, settled)]
        const event = await (headSettles ? Promise.race([nextItem, headSettles]) : nextItem)
        if (event !== 'head') {
          nextItem = undefined
          if (event === 'aborted' || event.done) exhausted = true
          else inFlight.push(map(event.value))
          continue
        }
      }
      const head = inFlight.shift()
      if (head === undefined) return
      yield await head
    }
  } finally {
    // An item still on its way (standard input waiting for data) is not waited for.
    if (!itemPending) await iterator.return?.()
    else void iterator.return?.()
  }
}

const settled = () => 'head' as const

/** The promise's value, or 'aborted' as soon as the signal aborts. */
function untilAborted<V>(promise: Promise<V>, signal?: AbortSignal): Promise<V | 'aborted'> {
  if (!signal) return promise
  if (signal.aborted) return Promise.resolve('aborted')
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve('aborted')
    signal.addEventListener('abort', onAbort, {once: true})
    promise.then(
      (value) => (signal.removeEventListener('abort', onAbort), resolve(value)),
      (error: unknown) => (signal.removeEventListener('abort', onAbort), reject(error))
    )
  })
}
