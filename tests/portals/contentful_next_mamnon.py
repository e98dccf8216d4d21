"""Trường Mầm non Họa Mi (phường Tân Lập, Đắk Lắk): a Next.js App Router site fed by Contentful.

Platform
--------
A kindergarten's public site built by a small agency on Next.js 14 (App Router, React Server
Components) with Contentful as headless CMS. Every page is server-rendered HTML followed by the
RSC "flight" payload in ``self.__next_f.push([1,"…"])`` script tags. Article text is a Contentful
rich-text document rendered by ``@contentful/rich-text-react-renderer`` as bare ``p``/``h2``/
``h3``/``ul>li>p``/``ol``/``blockquote``/``table>tbody>tr>td>p`` (no classes), always ending in
the empty paragraph Contentful appends. Photos are Contentful assets passed through
``next/image``: ``/_next/image?url=https%3A%2F%2Fimages.ctfassets.net%2F…jpg&w=1920&q=75`` with a
``srcSet`` of 1x/2x widths; the site itself serves ``/_next/image``. Class names are Tailwind
utilities mixed with CSS-module hashes (``BaiViet_nd__Zk81b``).

URL scheme
----------
- ``/`` home: banner slider, "Tin tức - Sự kiện" (6 newest news), "Góc phụ huynh", video, album.
- ``/tin-tuc`` all news (three news categories), 6 cards; "Xem thêm" is ``<a href="?page=N">``
  and ``?page=N`` is *cumulative* (the load-more list: page 2 shows the first 12 cards).
- ``/danh-muc/<slug>`` one category, same cumulative "Xem thêm"/``?page=N``.
- ``/bai-viet/<slug>`` every Contentful entry with a slug: news articles **and** video entries.
  Any query string is ignored (Next passes unknown searchParams through); the slug is looked up
  case-insensitively; a trailing slash answers 308 to the slash-less URL (Next's default).
- ``/gioi-thieu``, ``/lien-he``, ``/thuc-don`` (weekly menu), ``/thu-vien-anh`` (+ ``/<slug>``
  album), ``/video`` (list of video entries), ``/van-ban`` (+ ``/<slug>`` document entry),
  ``/tim-kiem?q=`` search, ``/sitemap.xml`` (static routes only), ``/robots.txt``.
- ``/_next/static/…`` scripts/styles, ``/_next/image?…`` pictures, ``/assets/*.pdf`` attachments.

Page templates
--------------
Article: breadcrumb ``nav > ol`` (Trang chủ / Tin tức / <category>), ``h1``, meta bar with
``<time dateTime="<UTC ISO>">HH:mm, dd/MM/yyyy</time>`` (the template always prints a time; an
editor who picks only a day stores local midnight), views, sometimes "Cập nhật: …" and "Đăng
bởi: <account>"; the ``moTaNgan`` field printed as a bold lead *when the editor ticked "hiện mô
tả"*; the rich text; the author card (a linked "tacGia" entry: avatar, "Người viết", name with
"Cô"/"ThS."/"Y sĩ" in front, post under it); tags, share bar, attachments; "Tin liên quan" is
streamed (Suspense) into ``<div hidden id="S:1">`` after the footer. JSON-LD NewsArticle with the
school as author. Sidebar: search, notice marquee, most-read, "Thực đơn tuần" table, poll,
links, visitor counter, fanpage.

How each gold article is reached
--------------------------------
Home shows the 6 newest news (a7, c1, a6, b3, a5, a4) and Góc phụ huynh (d2, d1);
``/tin-tuc`` the same 6, ``/tin-tuc?page=2`` all 11 news; category pages show up to 6, the
oldest of "Hoạt động của bé" (a1, "Lớp Chồi 2 trải nghiệm làm bánh quy…") only on
``/danh-muc/hoat-dong-cua-be?page=2`` or ``/tin-tuc?page=2``: no sidebar, related list or
sitemap links it. c1 is also linked from the banner with utm parameters; a2 from a rich-text
link in a5 with a mixed-case slug; a6 and a7 from the "Liên kết nhanh" portlet with a trailing
slash (308).

Traps
-----
1. Streamed article body: for a4, b2 and d2 the rich text and author card sit in a Suspense
   boundary; in place the page prints a skeleton ("Đang tải nội dung…") and the real content
   arrives at the end of ``<body>`` in ``<div hidden id="S:0">`` moved by ``$RC("B:0","S:0")``.
   Gold: the body is the streamed content; the skeleton text is no body; a crawler that drops
   ``[hidden]`` gets nothing. "Tin liên quan" is streamed the same way on every article (not body).
2. RSC flight payload: ``self.__next_f.push`` scripts repeat the whole entry as JSON (rich-text
   nodes, ``sys.createdAt`` days before publication, ``updatedAt``). Gold: nothing from scripts.
3. UTC ``dateTime``: ``<time dateTime="2026-11-13T23:30:00.000Z">06:30, 14/11/2026</time>`` (a4);
   ``meta article:published_time`` is UTC too. Gold is local time ("2026-11-14T06:30:00+07:00").
   a1 and a6 were entered as a day only: printed "00:00, 09/10/2026" with dateTime
   "2026-10-08T17:00:00.000Z" (the *previous* UTC day). Gold: the day alone, "2026-10-09".
   "Cập nhật: …" next to the date is not the publication. d1 prints no date at all (its
   ``article:modified_time`` meta and the payload's ``createdAt`` are no publication): null.
4. Cumulative load-more: "Xem thêm" pages repeat all earlier cards; a1 only at page 2;
   ``?page=99`` answers 200 with the full list (not linked). Listings are not articles.
5. Duplicates: banner link ``/bai-viet/<c1>?utm_source=website&utm_medium=banner&…``, the
   mixed-case ``/bai-viet/Cac-be-to-chuc-…-Phu-nu-Viet-Nam-20-10`` from a5's text (both served
   200 with ``rel=canonical`` to the lowercase slug: alt_paths), trailing-slash links (308).
6. A video entry at ``/bai-viet/video-be-hat-mung-ngay-nha-giao-20-11`` uses the article route
   (title, date, breadcrumb "Thư viện / Video", a YouTube iframe and one line). Not an article.
7. Captions four ways: ``figcaption`` from the asset description; no description, only the
   asset's file name in ``alt`` (caption None); the editor typed the caption as an italic
   paragraph "(…)" under the photo (caption without the parentheses, not body); "Ảnh: Phạm Thị
   Lan" as the whole figcaption (caption None, photographer).
8. Bylines: author card "Cô Nguyễn Thị Thu Hà / Giáo viên lớp Chồi 2" -> "Nguyễn Thị Thu Hà";
   "ThS." and "Y sĩ" dropped; bylines typed as the last rich-text paragraph ("Tin, ảnh: Tổ
   chuyên môn Mẫu giáo nhỡ", "Tin: X - Ảnh: Y", "Bài, ảnh: X", "Tổ Văn phòng", "BBT");
   "Đăng bởi: mnhoami.bientap" is a CMS account (nobody); JSON-LD ``author`` is always the school
   (Organization), never an author.
9. Chrome that reads like content: sidebar "Thực đơn tuần 14" table, notice marquee, poll,
   home "Giới thiệu chung" blurb; the mobile drawer repeats the menu; the video/album blocks.
10. Official notice (c1) typed into rich text: letterhead table, "THÔNG BÁO", "Về việc …", a real
   data table of quotas in the body, then the "Nơi nhận | HIỆU TRƯỞNG … Trần Thị Mỹ Linh"
   table; attachment box below. Gold: date from the letterhead "2026-11-30" (the page says
   01/12/2026 08:20), author the signer, quota table rows are body ("Nhóm trẻ 1 | 24 - 30 tháng | 8").
11. Text forms: a5 was typed on a Mac and is stored decomposed (NFD): gold NFC. a3's title and
   text carry emoji (kept). Contentful list items are ``<li><p>…</p></li>``; soft line breaks are
   ``<br/>`` (a2's quote and a5's poem split into paragraphs); footnote calls "[1]" in ``<sup>``.
12. Sitemap lists only static routes (the developer never added articles) with a build date as
   ``lastmod``: discovery must follow links.

Gold decisions on ambiguous points
----------------------------------
- "Cô", "Thầy", "Y sĩ", "ThS." before a name are titles: dropped. The post under the name in
  the author card is not part of it. A unit signing alone ("Tổ Văn phòng", "Tổ chuyên môn Mẫu
  giáo nhỡ") is the author as printed; with "Tin, ảnh:" also the photographer.
- A figcaption that only credits ("Ảnh: Phạm Thị Lan") gives caption None and makes that person
  the article's photographer.
- The ``moTaNgan`` lead is the summary only when printed on the article page (a1, a5, a7, b2,
  d1); on a4 the editor bolded the first rich-text paragraph: that is the sapo. Card excerpts
  and meta descriptions are never the sapo.
- Headings inside the text ("Nội dung chuyên đề", "1. Chia nhỏ bữa ăn", "Tài liệu tham khảo")
  are paragraphs; the poem lines in a5's quote are one paragraph each (``<br/>``).
- d1 ends with "Theo Viện Dinh dưỡng Quốc gia" on its own italic line: source. b1's "Theo kế
  hoạch, hội nghị …" is text.
- c1: "Căn cứ …" lines and the bold numbered headings are body; the letterhead, "THÔNG BÁO",
  the "Về việc …" line, the closing table and the attachment box are not. Category "Thông báo".
- Image paths are the ``src`` as printed (the 1920-wide ``/_next/image`` URL, ``&amp;``
  unescaped), not the srcSet entries; author avatars and card thumbnails are no article images.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect

from ._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    collapse,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "contentful_next_mamnon"
PLATFORM = "Next.js 14 App Router + Contentful (next/image, RSC payload, load-more ?page=N)"
START_PATH = "/"

SCHOOL = "Trường Mầm non Họa Mi"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
SPACE = "q7h2mn0x4k1p"
BUILD_ID = "hM3q8ZrT0vXk2aLw9pNc1"
PAGE_SIZE = 6

# category slug -> (printed name, parent label, parent path)
CATS = {
    "tin-hoat-dong": ("Tin hoạt động nhà trường", "Tin tức", "/tin-tuc"),
    "hoat-dong-cua-be": ("Hoạt động của bé", "Tin tức", "/tin-tuc"),
    "thong-bao": ("Thông báo", "Tin tức", "/tin-tuc"),
    "nuoi-day-tre": ("Kiến thức nuôi dạy trẻ", "Góc phụ huynh", "/danh-muc/nuoi-day-tre"),
}
NEWS_CATS = ("tin-hoat-dong", "hoat-dong-cua-be", "thong-bao")


def ctf(asset: str, fname: str, w: int = 1920) -> str:
    """A Contentful asset through next/image, as the page's ``src`` (unescaped)."""
    url = f"https://images.ctfassets.net/{SPACE}/{asset}/{_hash(asset)}/{fname}"
    return f"/_next/image?url={quote(url, safe='')}&w={w}&q=75"


def _hash(seed: str) -> str:
    return hashlib.md5(seed.encode()).hexdigest()


_B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def entry_id(seed: str) -> str:
    """A 22-character Contentful-looking id, deterministic per seed."""
    n = int(hashlib.sha1(seed.encode()).hexdigest(), 16)
    out = ""
    while len(out) < 22:
        n, r = divmod(n, 62)
        out += _B62[r]
    return out


def pic(seed: str, fname: str) -> str:
    return ctf(entry_id("asset-" + seed)[:16], fname)


# --- the articles -----------------------------------------------------------------------------
# opts: at (dateTime attribute, UTC), shown (printed date), updated, created (sys.createdAt),
# card (prefix, name, post), posted_by (CMS account), stream (Suspense body), excerpt (card text
# when no sapo is printed), marks ([(phrase, open, close)]: wraps the phrase's first occurrence
# in the story), nfd, tags, attach (href, label)

A1 = Story(
    1,
    "lop-choi-2-trai-nghiem-lam-banh-quy-cung-co",
    "Lớp Chồi 2 trải nghiệm làm bánh quy cùng cô",
    "hoat-dong-cua-be",
    "2026-10-09",
    [
        P("Chuẩn bị cho buổi trải nghiệm, cô và trẻ cùng nhau sắp xếp bàn ghế, đeo tạp dề, đội mũ và rửa tay sạch sẽ bằng xà phòng. Các nguyên liệu gồm bột mì, bơ, trứng gà, đường và sữa tươi được cô giới thiệu để trẻ gọi tên, quan sát màu sắc và sờ thử."),
        Img(pic("a1-1", "z5841236_nguyen-lieu.jpg"), "Cô giáo giới thiệu các nguyên liệu làm bánh cho trẻ", "Cô giáo giới thiệu các nguyên liệu làm bánh cho trẻ", "fig"),
        P("Dưới sự hướng dẫn của cô, các bé tự tay đong bột, đập trứng, trộn bột rồi nhào thành khối mịn. Sau đó, mỗi bạn dùng khuôn nhựa nhấn thành những chiếc bánh hình ngôi sao, trái tim, bông hoa và con cá thật ngộ nghĩnh."),
        P("Trong lúc chờ bánh nướng, cô trò cùng nhau trò chuyện về quy trình làm bánh và cách giữ vệ sinh an toàn thực phẩm. Mùi bánh thơm lừng lan khắp lớp khiến bé nào cũng háo hức."),
        Img(pic("a1-2", "z5841240_banh-quy.jpg"), "Những chiếc bánh quy đầu tiên do các bé tự làm", "Những chiếc bánh quy đầu tiên do các bé tự làm", "fig"),
        P("Hoạt động không chỉ mang lại niềm vui mà còn giúp trẻ phát triển vận động tinh, khả năng làm việc nhóm và mạnh dạn chia sẻ thành quả của mình với bạn bè, người thân."),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    summary="Nhằm giúp trẻ làm quen với các nguyên liệu quen thuộc và rèn luyện sự khéo léo của đôi bàn tay, sáng ngày 08/10/2026, lớp Chồi 2 đã tổ chức hoạt động trải nghiệm “Bé làm bánh quy” ngay tại lớp học.",
    sapo_outside=True,
    opts={
        "at": "2026-10-08T17:00:00.000Z",
        "shown": "00:00, 09/10/2026",
        "created": "2026-10-08T09:12:44.310Z",
        "card": ("Cô", "Nguyễn Thị Thu Hà", "Giáo viên lớp Chồi 2"),
        "tags": ["Chồi 2", "trải nghiệm", "kỹ năng sống"],
    },
)

A2 = Story(
    2,
    "cac-be-to-chuc-chuc-mung-ngay-phu-nu-viet-nam-20-10",
    "Các bé tổ chức chúc mừng ngày Phụ nữ Việt Nam 20/10",
    "hoat-dong-cua-be",
    "2026-10-20T09:15:00+07:00",
    [
        P("Hướng tới kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2026), sáng ngày 19/10/2026, các lớp Mẫu giáo nhỡ đã tổ chức buổi giao lưu “Bé yêu bà và mẹ” với sự tham gia của đông đảo phụ huynh."),
        P("Mở đầu chương trình là tiết mục múa “Bông hoa mừng cô” do các bé lớp Nhỡ 1 biểu diễn. Tiếp đó, các bé tự tay cắm hoa, làm thiệp và đọc những lời chúc ngọt ngào dành tặng bà, mẹ và các cô giáo."),
        Img(pic("a2-1", "IMG_4471.jpg"), "(Bé Bảo Ngọc lớp Nhỡ 1 tặng hoa cô giáo)", "Bé Bảo Ngọc lớp Nhỡ 1 tặng hoa cô giáo", "typed"),
        P("Nhiều phụ huynh xúc động chia sẻ:", "br"),
        P("“Nhìn con tự tay cắm bó hoa tặng mẹ, tôi thấy con đã lớn hơn rất nhiều.”"),
        P("Buổi giao lưu khép lại trong không khí ấm áp, để lại nhiều kỷ niệm đẹp cho cô, trẻ và phụ huynh."),
        Raw("<p><b>Tin, ảnh: Tổ chuyên môn Mẫu giáo nhỡ</b></p>"),
    ],
    authors=["Tổ chuyên môn Mẫu giáo nhỡ"],
    photographers=["Tổ chuyên môn Mẫu giáo nhỡ"],
    opts={
        "at": "2026-10-20T02:15:00.000Z",
        "shown": "09:15, 20/10/2026",
        "created": "2026-10-19T14:02:10.004Z",
        "excerpt": "Các bé lớp Mẫu giáo nhỡ gửi tặng bà, mẹ, cô giáo những món quà nhỏ xinh nhân ngày 20/10.",
        "tags": ["20/10", "Mẫu giáo nhỡ"],
    },
)

A3 = Story(
    3,
    "be-vui-halloween-2026",
    "🎃 BÉ VUI HALLOWEEN 2026 🎃",
    "hoat-dong-cua-be",
    "2026-10-31T15:40:00+07:00",
    [
        P("Chiều 30/10/2026, Trường Mầm non Họa Mi tổ chức ngày hội “Bé vui Halloween” dành cho trẻ các khối lớp 👻. Đây là dịp để các bé làm quen với một lễ hội vui nhộn của thế giới, đồng thời được vui chơi, hóa trang thỏa thích."),
        P("Ngay từ sáng sớm, sân trường đã được các cô trang trí rực rỡ với bí ngô, dơi giấy, mạng nhện và những chùm bóng bay cam - tím 🎈."),
        Img(pic("a3-1", "halloween-san-truong.jpg"), "Sân trường rực rỡ sắc màu Halloween", "Sân trường rực rỡ sắc màu Halloween", "fig"),
        P("Các hoạt động trong ngày hội:", "h3"),
        P("Diễu hành trang phục hóa trang theo lớp;", "li"),
        P("Khắc bí ngô và tô màu mặt nạ;", "li"),
        P("Trò chơi “Truy tìm kẹo ngọt” 🍭;", "li"),
        P("Xem múa rối và giao lưu văn nghệ.", "li"),
        Img(pic("a3-2", "IMG_20261030_152214.jpg"), None, None, "bare"),
        P("Kết thúc ngày hội, mỗi bé đều nhận được một túi kẹo nhỏ và những tràng pháo tay khen ngợi từ các cô. Nụ cười rạng rỡ của trẻ chính là món quà ý nghĩa nhất đối với tập thể giáo viên nhà trường ❤️."),
        Img(pic("a3-3", "halloween-dieu-hanh.jpg"), "Ảnh: Phạm Thị Lan", None, "fig"),
    ],
    photographers=["Phạm Thị Lan"],
    opts={
        "at": "2026-10-31T08:40:00.000Z",
        "shown": "15:40, 31/10/2026",
        "created": "2026-10-30T16:55:31.870Z",
        "posted_by": "mnhoami.bientap",
        "excerpt": "Ngày hội hóa trang, khắc bí ngô và săn kẹo ngọt của các bé Họa Mi 🎃👻",
        "tags": ["Halloween", "ngày hội"],
    },
)

A4 = Story(
    4,
    "be-tham-quan-bao-tang-dak-lak",
    "Bé tham quan Bảo tàng Đắk Lắk",
    "hoat-dong-cua-be",
    "2026-11-14T06:30:00+07:00",
    [
        P("Nhằm giúp trẻ tìm hiểu về văn hóa các dân tộc Tây Nguyên, sáng 13/11/2026, Trường Mầm non Họa Mi đã tổ chức cho gần 200 trẻ khối Mẫu giáo lớn đi tham quan Bảo tàng Đắk Lắk.", "b"),
        P("Tại bảo tàng, các bé được cán bộ thuyết minh giới thiệu về nhà dài Ê Đê, bộ cồng chiêng, các loại gùi, khung dệt thổ cẩm và nhiều hiện vật gắn với đời sống của đồng bào các dân tộc trên địa bàn tỉnh."),
        Img(pic("a4-1", "bao-tang-nha-dai.jpg"), "Các bé nghe cô thuyết minh giới thiệu về nhà dài Ê Đê", "Các bé nghe cô thuyết minh giới thiệu về nhà dài Ê Đê", "fig"),
        P("Các bé hào hứng đặt câu hỏi, tập đánh cồng theo nhịp và cùng nhau chụp ảnh lưu niệm bên những ngôi nhà sàn cao. Trước khi ra về, cả đoàn còn được dạo quanh khuôn viên và nghe kể chuyện về voi nhà ở Buôn Đôn."),
        Img(pic("a4-2", "bao-tang-cong-chieng.jpg"), "Bé tập đánh cồng dưới sự hướng dẫn của nghệ nhân", "Bé tập đánh cồng dưới sự hướng dẫn của nghệ nhân", "fig"),
        P("Chuyến tham quan là hoạt động thiết thực trong chủ đề “Quê hương - Đất nước - Bác Hồ”, giúp trẻ thêm yêu và tự hào về quê hương mình."),
        Raw("<p><i>Tin: Lê Thị Hồng Nhung - Ảnh: Đỗ Văn Quân</i></p>"),
    ],
    authors=["Lê Thị Hồng Nhung"],
    photographers=["Đỗ Văn Quân"],
    summary="Nhằm giúp trẻ tìm hiểu về văn hóa các dân tộc Tây Nguyên, sáng 13/11/2026, Trường Mầm non Họa Mi đã tổ chức cho gần 200 trẻ khối Mẫu giáo lớn đi tham quan Bảo tàng Đắk Lắk.",
    opts={
        "at": "2026-11-13T23:30:00.000Z",
        "shown": "06:30, 14/11/2026",
        "created": "2026-11-13T11:20:05.118Z",
        "stream": True,
        "excerpt": "Gần 200 bé khối Lá được tận mắt ngắm nhà dài, cồng chiêng và thổ cẩm Tây Nguyên.",
        "tags": ["tham quan", "Mẫu giáo lớn", "văn hóa Tây Nguyên"],
    },
)

A5 = Story(
    5,
    "be-kinh-yeu-co-giao-chao-mung-ngay-nha-giao-viet-nam-20-11",
    "Bé kính yêu cô giáo – Chào mừng ngày Nhà giáo Việt Nam 20/11",
    "hoat-dong-cua-be",
    "2026-11-20T08:00:00+07:00",
    [
        P("Sáng ngày 18/11/2026, nhà trường long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026). Đến dự buổi lễ có đại diện lãnh đạo UBND phường Tân Lập, Ban đại diện cha mẹ trẻ cùng toàn thể cán bộ, giáo viên, nhân viên nhà trường."),
        P("Cũng như trong ngày 20/10 vừa qua, các bé đã chuẩn bị rất chu đáo cho ngày lễ của cô."),
        P("Bé Minh Khang lớp Lá 2 thay mặt các bạn đọc bài thơ tặng cô:"),
        P("Cô như mẹ hiền", "q"),
        P("Dạy con từng chữ", "q"),
        P("Con yêu cô nhiều", "q"),
        P("Như yêu mẹ vậy.", "q"),
        Img(pic("a5-1", "mua-co-giao-em.jpg"), "Tiết mục múa “Cô giáo em” của các bé lớp Lá 2", "Tiết mục múa “Cô giáo em” của các bé lớp Lá 2", "fig"),
        P("Thay mặt tập thể sư phạm nhà trường, cô Hiệu trưởng Trần Thị Mỹ Linh gửi lời cảm ơn sâu sắc tới các cấp lãnh đạo, phụ huynh và các bé đã luôn đồng hành, động viên đội ngũ giáo viên trong suốt thời gian qua."),
    ],
    authors=["Trần Thị Bích Ngọc"],
    summary="Trong không khí cả nước hướng về ngày Nhà giáo Việt Nam 20/11, các bé Trường Mầm non Họa Mi đã dành tặng thầy cô những tiết mục văn nghệ, những tấm thiệp và bông hoa xinh xắn tự tay làm.",
    sapo_outside=True,
    opts={
        "at": "2026-11-20T01:00:00.000Z",
        "shown": "08:00, 20/11/2026",
        "updated": "16:45, 21/11/2026",
        "created": "2026-11-18T15:40:22.500Z",
        "card": ("Cô", "Trần Thị Bích Ngọc", "Tổ trưởng tổ Mẫu giáo lớn"),
        "nfd": True,
        "marks": [
            (
                "ngày 20/10 vừa qua",
                '<a href="/bai-viet/Cac-be-to-chuc-chuc-mung-ngay-Phu-nu-Viet-Nam-20-10">',
                "</a>",
            )
        ],
        "tags": ["20/11", "Nhà giáo Việt Nam"],
    },
)

A6 = Story(
    6,
    "hoi-thi-be-khoe-be-ngoan-khoi-mau-giao-lon",
    "Hội thi “Bé khỏe – Bé ngoan” khối Mẫu giáo lớn",
    "hoat-dong-cua-be",
    "2026-11-27",
    [
        P("Nhằm nâng cao chất lượng giáo dục phát triển vận động và hình thành thói quen tốt cho trẻ, ngày 26/11/2026, Trường Mầm non Họa Mi tổ chức Hội thi “Bé khỏe – Bé ngoan” dành cho 6 lớp thuộc khối Mẫu giáo lớn."),
        P("Hội thi gồm ba phần: đồng diễn thể dục buổi sáng, thi tài năng vận động với các bài bật xa, ném trúng đích, chạy nhanh 18 m và phần thi “Bé ngoan” kiểm tra kỹ năng tự phục vụ như gấp quần áo, xếp dép, rửa tay đúng cách."),
        Img(pic("a6-1", "dong-dien-la1.jpg"), "Phần thi đồng diễn thể dục của lớp Lá 1", "Phần thi đồng diễn thể dục của lớp Lá 1", "fig"),
        P("Kết quả hội thi như sau:"),
        P("Giải | Lớp | Giáo viên chủ nhiệm", "th"),
        P("Nhất | Lá 3 | Hoàng Thị Mai Anh", "tr"),
        P("Nhì | Lá 1 | H’Nhi Êban", "tr"),
        P("Ba | Lá 2 | Trần Thị Bích Ngọc", "tr"),
        P("Khuyến khích | Lá 4, Lá 5, Lá 6 | Các giáo viên chủ nhiệm", "tr"),
        Img(pic("a6-2", "trao-giai-nhat.jpg"), "Ban giám hiệu trao giải Nhất cho lớp Lá 3", "Ban giám hiệu trao giải Nhất cho lớp Lá 3", "fig"),
        P("Hội thi đã tạo sân chơi bổ ích, giúp trẻ mạnh dạn, tự tin và rèn luyện sức khỏe, đồng thời là dịp để giáo viên trao đổi kinh nghiệm tổ chức các hoạt động phát triển thể chất cho trẻ."),
        Raw("<p><b>BBT</b></p>"),
    ],
    opts={
        "at": "2026-11-26T17:00:00.000Z",
        "shown": "00:00, 27/11/2026",
        "updated": "09:12, 28/11/2026",
        "created": "2026-11-26T10:03:57.441Z",
        "excerpt": "6 lớp khối Lá tranh tài đồng diễn, vận động và kỹ năng tự phục vụ.",
        "tags": ["hội thi", "phát triển thể chất"],
    },
)

A7 = Story(
    7,
    "be-thuc-hanh-ky-nang-thoat-hiem-khi-co-chay",
    "Bé thực hành kỹ năng thoát hiểm khi có cháy",
    "hoat-dong-cua-be",
    "2026-12-03T14:30:00+07:00",
    [
        P("Các chiến sĩ cảnh sát đã giới thiệu cho trẻ về số điện thoại khẩn cấp 114, cách nhận biết khi có cháy và những việc cần làm như hô to “Cháy! Cháy!”, bò thấp dưới làn khói và dùng khăn ướt che mũi, miệng."),
        Img(pic("a7-1", "pccc-khan-uot.jpg"), "(Chiến sĩ cảnh sát PCCC hướng dẫn trẻ cách dùng khăn ướt che mũi khi thoát hiểm)", "Chiến sĩ cảnh sát PCCC hướng dẫn trẻ cách dùng khăn ướt che mũi khi thoát hiểm", "fig"),
        P("Sau phần lý thuyết, các bé được thực hành di chuyển theo lối thoát hiểm ra khu vực an toàn, quan sát xe chữa cháy và thử cầm vòi phun nước dưới sự hỗ trợ của các chú."),
        Img(pic("a7-2", "pccc-xe-chua-chay.jpg"), "Các bé hào hứng tìm hiểu xe chữa cháy", "Các bé hào hứng tìm hiểu xe chữa cháy", "fig"),
        P("Những điều bé cần nhớ khi có cháy", "h3"),
        P("Bình tĩnh, hô to để báo cho người lớn.", "ol"),
        P("Không trốn vào gầm giường, tủ quần áo.", "ol"),
        P("Đi theo cô giáo ra lối thoát hiểm gần nhất.", "ol"),
        P("Buổi thực hành giúp trẻ có thêm kiến thức, kỹ năng tự bảo vệ bản thân và biết cách ứng phó khi gặp tình huống nguy hiểm."),
    ],
    authors=["Hoàng Thị Mai Anh"],
    summary="Chiều 02/12/2026, Đội Cảnh sát PCCC và CNCH khu vực phối hợp với Trường Mầm non Họa Mi tổ chức buổi hướng dẫn kỹ năng thoát hiểm khi có cháy cho trẻ khối Mẫu giáo lớn.",
    sapo_outside=True,
    opts={
        "at": "2026-12-03T07:30:00.000Z",
        "shown": "14:30, 03/12/2026",
        "created": "2026-12-02T22:41:09.002Z",
        "card": ("Cô", "Hoàng Thị Mai Anh", "Giáo viên lớp Lá 3"),
        "tags": ["kỹ năng sống", "PCCC"],
    },
)

B1 = Story(
    8,
    "hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    "Hội nghị viên chức, người lao động năm học 2026 - 2027",
    "tin-hoat-dong",
    "2026-10-15T07:45:00+07:00",
    [
        P("Sáng ngày 14/10/2026, Trường Mầm non Họa Mi tổ chức Hội nghị viên chức, người lao động năm học 2026 - 2027. Tham dự hội nghị có đồng chí Nguyễn Văn Thành, Phó Chủ tịch UBND phường Tân Lập cùng 48 cán bộ, giáo viên, nhân viên nhà trường."),
        P("Theo kế hoạch, hội nghị đánh giá kết quả thực hiện nhiệm vụ năm học 2025 - 2026, thảo luận và thông qua kế hoạch năm học mới, quy chế chi tiêu nội bộ, quy chế dân chủ cơ sở."),
        P("Năm học 2025 - 2026, nhà trường duy trì sĩ số 412 trẻ, tỷ lệ trẻ suy dinh dưỡng giảm còn 1,9%; 100% trẻ 5 tuổi hoàn thành chương trình giáo dục mầm non."),
        Img(pic("b1-1", "hoi-nghi-vc.jpg"), "Quang cảnh hội nghị", "Quang cảnh hội nghị", "fig"),
        P("Hội nghị đã biểu quyết thông qua nghị quyết với 100% đại biểu tán thành và phát động phong trào thi đua “Dạy tốt - Học tốt” chào mừng các ngày lễ lớn trong năm học."),
        Raw("<p><b>Tổ Văn phòng</b></p>"),
    ],
    authors=["Tổ Văn phòng"],
    opts={
        "at": "2026-10-15T00:45:00.000Z",
        "shown": "07:45, 15/10/2026",
        "created": "2026-10-14T10:31:12.900Z",
        "excerpt": "Hội nghị thông qua kế hoạch năm học mới, quy chế chi tiêu nội bộ và quy chế dân chủ.",
        "tags": ["hội nghị", "năm học 2026-2027"],
    },
)

B2 = Story(
    9,
    "chuyen-de-xay-dung-truong-mam-non-lay-tre-lam-trung-tam-cap-truong",
    "Chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung tâm” cấp trường",
    "tin-hoat-dong",
    "2026-11-06T13:30:00+07:00",
    [
        P("Nội dung chuyên đề", "h2"),
        P("Tại buổi chuyên đề, giáo viên lớp Lá 1 và lớp Chồi 3 đã tổ chức hai hoạt động mẫu: khám phá “Vòng đời của cây đậu” và tạo hình “Làm đồ chơi từ vỏ hộp sữa”."),
        P("Các hoạt động được thiết kế mở, trẻ được tự lựa chọn góc chơi, tự đặt câu hỏi và cùng bạn tìm cách giải quyết vấn đề."),
        Img(pic("b2-1", "DSC_0457.JPG"), None, None, "bare"),
        P("Một số kinh nghiệm rút ra", "h2"),
        P("Môi trường lớp học cần gần gũi, an toàn, có nhiều nguyên vật liệu mở.", "li"),
        P("Giáo viên quan sát, lắng nghe và tôn trọng ý kiến của trẻ.", "li"),
        P("Tăng cường phối hợp với phụ huynh trong việc sưu tầm học liệu.", "li"),
        P("Chuyên đề nhận được nhiều ý kiến đóng góp tâm huyết, giúp giáo viên có thêm kinh nghiệm để vận dụng linh hoạt vào thực tế lớp mình phụ trách."),
    ],
    authors=["Bùi Thị Kim Oanh"],
    summary="Thực hiện kế hoạch chuyên môn tháng 11, ngày 05/11/2026, Trường Mầm non Họa Mi tổ chức chuyên đề cấp trường “Xây dựng trường mầm non lấy trẻ làm trung tâm” với sự tham gia của toàn thể giáo viên.",
    sapo_outside=True,
    opts={
        "at": "2026-11-06T06:30:00.000Z",
        "shown": "13:30, 06/11/2026",
        "created": "2026-11-05T09:00:41.377Z",
        "card": ("ThS.", "Bùi Thị Kim Oanh", "Phó Hiệu trưởng"),
        "stream": True,
        "tags": ["chuyên môn", "lấy trẻ làm trung tâm"],
    },
)

B3 = Story(
    10,
    "doan-kiem-tra-cong-tac-ban-tru-tai-truong",
    "Đoàn kiểm tra của phường kiểm tra công tác bán trú tại trường",
    "tin-hoat-dong",
    "2026-11-25T10:00:00+07:00",
    [
        P("Ngày 24/11/2026, Đoàn kiểm tra liên ngành của UBND phường Tân Lập do bà Lê Thị Thanh Hương, Trưởng phòng Văn hóa - Xã hội làm trưởng đoàn đã đến kiểm tra công tác tổ chức bán trú và bảo đảm an toàn thực phẩm tại Trường Mầm non Họa Mi."),
        P("Đoàn đã kiểm tra hồ sơ hợp đồng cung cấp thực phẩm, sổ kiểm thực ba bước, việc lưu mẫu thức ăn 24 giờ cũng như quy trình chế biến tại bếp ăn một chiều của nhà trường."),
        Img(pic("b3-1", "kiem-tra-bep.jpg"), "Đoàn kiểm tra khu vực bếp ăn một chiều", "Đoàn kiểm tra khu vực bếp ăn một chiều", "fig"),
        P("Qua kiểm tra, đoàn đánh giá cao nhà trường đã thực hiện nghiêm túc các quy định về an toàn thực phẩm, thực đơn đa dạng, cân đối dinh dưỡng, phù hợp với lứa tuổi. Đồng thời, đoàn đề nghị nhà trường tiếp tục bổ sung tủ lưu mẫu và cập nhật hồ sơ nguồn gốc thực phẩm hằng ngày."),
        Img(pic("b3-2", "bua-trua-mam1.jpg"), "Bữa ăn trưa của các bé lớp Mầm 1", "Bữa ăn trưa của các bé lớp Mầm 1", "fig"),
        P("Tiếp thu ý kiến của đoàn, Ban giám hiệu cam kết khắc phục ngay những tồn tại và tiếp tục nâng cao chất lượng chăm sóc, nuôi dưỡng trẻ."),
        Raw("<p><i>Bài, ảnh: Đinh Thị Yến</i></p>"),
    ],
    authors=["Đinh Thị Yến"],
    photographers=["Đinh Thị Yến"],
    opts={
        "at": "2026-11-25T03:00:00.000Z",
        "shown": "10:00, 25/11/2026",
        "created": "2026-11-24T15:15:15.015Z",
        "excerpt": "Đoàn liên ngành đánh giá cao công tác bảo đảm an toàn thực phẩm của nhà trường.",
        "tags": ["bán trú", "an toàn thực phẩm"],
    },
)

_LETTERHEAD = (
    "<table><tbody><tr><td><p>UBND PHƯỜNG TÂN LẬP</p><p><b>TRƯỜNG MẦM NON HỌA MI</b></p></td>"
    "<td><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p><b>Độc lập - Tự do - Hạnh phúc</b></p>"
    "</td></tr><tr><td><p>Số: 125/TB-MNHM</p></td><td><p><i>Tân Lập, ngày 30 tháng 11 năm 2026</i>"
    "</p></td></tr></tbody></table><h3>THÔNG BÁO</h3><p><b>Về việc tuyển sinh bổ sung trẻ nhà trẻ "
    "(24 - 36 tháng tuổi) năm học 2026 - 2027</b></p>"
)
_CLOSING = (
    "<table><tbody><tr><td><p><b><i>Nơi nhận:</i></b></p><p>- Phòng VH-XH phường (b/c);</p>"
    "<p>- Ban đại diện CMT;</p><p>- Website trường;</p><p>- Lưu: VT.</p></td><td><p><b>HIỆU "
    "TRƯỞNG</b></p><p><i>(Đã ký)</i></p><p></p><p><b>Trần Thị Mỹ Linh</b></p></td></tr></tbody></table>"
)

C1 = Story(
    11,
    "thong-bao-tuyen-sinh-bo-sung-tre-nha-tre-nam-hoc-2026-2027",
    "Thông báo tuyển sinh bổ sung trẻ nhà trẻ (24 - 36 tháng) năm học 2026 - 2027",
    "thong-bao",
    "2026-11-30",
    [
        Raw(_LETTERHEAD),
        P("Căn cứ Kế hoạch số 86/KH-MNHM ngày 15/7/2026 của Trường Mầm non Họa Mi về công tác tuyển sinh năm học 2026 - 2027;"),
        P("Căn cứ tình hình thực tế về cơ sở vật chất và đội ngũ giáo viên của nhà trường,"),
        P("Trường Mầm non Họa Mi thông báo tuyển sinh bổ sung trẻ nhà trẻ năm học 2026 - 2027 như sau:"),
        P("1. Đối tượng và chỉ tiêu", "bold"),
        P("Trẻ sinh từ ngày 01/01/2024 đến ngày 30/11/2024, có hộ khẩu thường trú hoặc tạm trú trên địa bàn phường Tân Lập."),
        P("Nhóm lớp | Độ tuổi | Chỉ tiêu còn lại", "th"),
        P("Nhóm trẻ 1 | 24 - 30 tháng | 8", "tr"),
        P("Nhóm trẻ 2 | 30 - 36 tháng | 12", "tr"),
        P("2. Hồ sơ và thời gian nhận hồ sơ", "bold"),
        P("Đơn xin nhập học (theo mẫu của nhà trường);", "li"),
        P("Bản sao giấy khai sinh của trẻ;", "li"),
        P("Bản sao sổ tiêm chủng hoặc giấy xác nhận tiêm chủng.", "li"),
        P("Thời gian nhận hồ sơ: từ ngày 02/12/2026 đến hết ngày 12/12/2026 (trong giờ hành chính), tại Văn phòng nhà trường."),
        P("Mọi chi tiết xin liên hệ số điện thoại 0262 3 851 247 (gặp cô Phạm Thị Lan, nhân viên văn phòng)."),
        Raw(_CLOSING),
    ],
    authors=["Trần Thị Mỹ Linh"],
    opts={
        "at": "2026-12-01T01:20:00.000Z",
        "shown": "08:20, 01/12/2026",
        "created": "2026-11-30T08:47:36.214Z",
        "excerpt": "Nhà trường nhận hồ sơ tuyển sinh bổ sung trẻ 24 - 36 tháng từ 02/12 đến 12/12/2026.",
        "attach": ("/assets/tb-125-tuyen-sinh-bo-sung.pdf", "TB-125-tuyen-sinh-bo-sung.pdf (214 KB)"),
        "tags": ["tuyển sinh", "nhà trẻ"],
    },
)

D1 = Story(
    12,
    "5-cach-giup-tre-het-bieng-an-khi-thoi-tiet-chuyen-mua",
    "5 cách giúp trẻ hết biếng ăn khi thời tiết chuyển mùa",
    "nuoi-day-tre",
    None,
    [
        P("1. Chia nhỏ bữa ăn", "h3"),
        P("Thay vì ép trẻ ăn hết một bát lớn, cha mẹ nên chia thành 5 - 6 bữa nhỏ trong ngày, mỗi bữa cách nhau khoảng 2,5 - 3 giờ để trẻ có cảm giác đói."),
        P("2. Thay đổi món ăn thường xuyên", "h3"),
        P("Trẻ dễ chán khi phải ăn một món nhiều ngày liền. Hãy thay đổi cách chế biến, trình bày món ăn với nhiều màu sắc, hình thù ngộ nghĩnh để kích thích trẻ."),
        Img(pic("d1-1", "mon-an-dep-mat.jpg"), "Trình bày món ăn đẹp mắt giúp trẻ ăn ngon miệng hơn", "Trình bày món ăn đẹp mắt giúp trẻ ăn ngon miệng hơn", "fig"),
        P("3. Không cho trẻ ăn vặt trước bữa chính", "h3"),
        P("Theo các chuyên gia dinh dưỡng, bánh kẹo, nước ngọt trước bữa ăn khiến trẻ no giả, mất cảm giác thèm ăn."),
        P("4. Bổ sung vi chất cần thiết", "h3"),
        P("Kẽm, sắt, vitamin nhóm B có vai trò quan trọng với vị giác và sự ngon miệng của trẻ. Cha mẹ nên cho trẻ ăn đa dạng thực phẩm như thịt bò, trứng, cá, rau xanh và trái cây."),
        P("5. Tạo không khí vui vẻ trong bữa ăn", "h3"),
        P("Không quát mắng, dọa nạt khi trẻ ăn chậm. Cả nhà cùng ăn, khen ngợi khi trẻ ăn hết phần sẽ giúp trẻ xem bữa ăn là khoảng thời gian vui vẻ."),
        Raw("<p><i>Theo Viện Dinh dưỡng Quốc gia</i></p>"),
    ],
    source="Viện Dinh dưỡng Quốc gia",
    summary="Giao mùa là thời điểm nhiều trẻ mầm non biếng ăn, quấy khóc và dễ mắc các bệnh đường hô hấp. Dưới đây là một số gợi ý giúp cha mẹ cải thiện bữa ăn cho con.",
    sapo_outside=True,
    opts={
        "at": None,
        "created": "2026-10-22T03:10:54.660Z",
        "tags": ["dinh dưỡng", "biếng ăn"],
    },
)

D2 = Story(
    13,
    "phong-benh-tay-chan-mieng-cho-tre-mam-non-mua-lanh",
    "Phòng bệnh tay chân miệng cho trẻ mầm non mùa lạnh",
    "nuoi-day-tre",
    "2026-12-01T10:15:00+07:00",
    [
        P("Bệnh tay chân miệng (TCM) là bệnh truyền nhiễm cấp tính do vi rút đường ruột gây ra, thường gặp ở trẻ dưới 5 tuổi. Bệnh lây chủ yếu qua đường tiêu hóa và tiếp xúc trực tiếp với dịch tiết từ mũi, họng, nước bọt, dịch nốt phỏng hoặc phân của trẻ bệnh.[1]"),
        P("Dấu hiệu nhận biết", "h2"),
        P("Sốt nhẹ, mệt mỏi, chán ăn, đau họng;", "li"),
        P("Loét miệng, có các nốt phỏng nước ở lòng bàn tay, lòng bàn chân, đầu gối, mông;", "li"),
        P("Trẻ quấy khóc, giật mình, ngủ li bì (dấu hiệu cần đưa trẻ đến cơ sở y tế ngay).", "li"),
        Img(pic("d2-1", "rua-tay-dung-cach.jpg"), "Nhân viên y tế hướng dẫn trẻ rửa tay đúng cách", "Nhân viên y tế hướng dẫn trẻ rửa tay đúng cách", "fig"),
        P("Nhà trường và gia đình cần làm gì?", "h2"),
        P("Thực hiện tốt “ăn chín, uống chín, rửa tay bằng xà phòng” là biện pháp phòng bệnh hiệu quả nhất hiện nay, do bệnh chưa có vắc xin phòng bệnh.[2]"),
        P("Hằng ngày, nhà trường lau rửa đồ chơi, sàn nhà, tay nắm cửa bằng dung dịch khử khuẩn Cloramin B. Phụ huynh không cho trẻ đi học khi có biểu hiện nghi ngờ mắc bệnh và thông báo ngay cho giáo viên chủ nhiệm."),
        P("Tài liệu tham khảo", "h3"),
        P("[1] Bộ Y tế, Hướng dẫn chẩn đoán, điều trị bệnh tay - chân - miệng."),
        P("[2] Trung tâm Kiểm soát bệnh tật tỉnh Đắk Lắk, Khuyến cáo phòng chống bệnh tay chân miệng mùa lạnh."),
    ],
    authors=["Lương Thị Thảo"],
    opts={
        "at": "2026-12-01T03:15:00.000Z",
        "shown": "10:15, 01/12/2026",
        "created": "2026-11-29T02:05:11.451Z",
        "card": ("Y sĩ", "Lương Thị Thảo", "Nhân viên y tế trường"),
        "stream": True,
        "excerpt": "Dấu hiệu nhận biết và cách phòng bệnh tay chân miệng tại trường và ở nhà.",
        "marks": [("[1]", "<sup>", "</sup>"), ("[2]", "<sup>", "</sup>")],
        "tags": ["y tế học đường", "tay chân miệng"],
    },
)

STORIES = [A1, A2, A3, A4, A5, A6, A7, B1, B2, B3, C1, D1, D2]
BY_SLUG = {s.slug: s for s in STORIES}


# --- rich text ----------------------------------------------------------------------------------


def _t(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")))


def _img_tag(src: str, alt: str, width: int = 800, height: int = 533, cls: str = "") -> str:
    """next/image with a fixed width: srcSet 1x/2x, src the 2x URL."""
    small = src.replace("&w=1920&", "&w=828&")
    return (
        f'<img alt="{esc(alt)}" loading="lazy" width="{width}" height="{height}" decoding="async" '
        f'data-nimg="1" class="{cls}" style="color:transparent" '
        f'srcSet="{esc(small)} 1x, {esc(src)} 2x" src="{esc(src)}"/>'
    )


def _asset_title(src: str) -> str:
    name = src.split("%2F")[-1].split("&")[0]
    return name.rsplit(".", 1)[0]


def _figure(story: Story, img: Img) -> str:
    pic_html = _img_tag(img.src, _asset_title(img.src), cls="mx-auto h-auto w-full rounded-lg")
    if img.style == "fig" and img.printed:
        cap = f'<figcaption class="mt-1.5 text-center text-[13px] italic text-slate-500">{_t(story, img.printed)}</figcaption>'
        return f'<figure class="my-5">{pic_html}{cap}</figure>'
    out = f'<figure class="my-5">{pic_html}</figure>'
    if img.style == "typed" and img.printed:
        out += f"<p><i>{_t(story, img.printed)}</i></p>"
    return out


def rich_text(story: Story) -> str:
    """The Contentful document as @contentful/rich-text-react-renderer prints it."""
    used: set[int] = set()
    marks = story.opts.get("marks", [])

    def inline(value: str) -> str:
        out = _t(story, value)
        for n, (phrase, opening, closing) in enumerate(marks):
            printed = _t(story, phrase)
            if n not in used and printed in out:
                out = out.replace(printed, opening + printed + closing, 1)
                used.add(n)
        return out

    def run(start: int, styles: tuple[str, ...]) -> int:
        end = start
        while end < len(blocks) and isinstance(blocks[end], P) and blocks[end].style in styles:
            end += 1
        return end

    blocks = story.blocks
    parts: list[str] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, Img):
            parts.append(_figure(story, block))
            i += 1
            continue
        if isinstance(block, Raw):
            parts.append(block.html)
            i += 1
            continue
        style = block.style
        if style in ("li", "ol"):
            end = run(i, (style,))
            items = "".join(f"<li><p>{inline(b.text)}</p></li>" for b in blocks[i:end])
            tag = "ul" if style == "li" else "ol"
            parts.append(f"<{tag}>{items}</{tag}>")
        elif style in ("th", "tr"):
            end = run(i, ("th", "tr"))
            rows = []
            for b in blocks[i:end]:
                cell = "th" if b.style == "th" else "td"
                rows.append(
                    "<tr>"
                    + "".join(
                        f'<{cell} colspan="1" rowspan="1"><p>{inline(c)}</p></{cell}>'
                        for c in b.text.split(" | ")
                    )
                    + "</tr>"
                )
            parts.append(f"<table><tbody>{''.join(rows)}</tbody></table>")
        elif style == "q":
            end = run(i, ("q",))
            parts.append(f"<blockquote><p>{'<br/>'.join(inline(b.text) for b in blocks[i:end])}</p></blockquote>")
        elif style == "br":
            end = run(i, ("br",)) + 1
            parts.append(f"<p>{'<br/>'.join(inline(b.text) for b in blocks[i:end])}</p>")
        else:
            end = i + 1
            if style in ("h2", "h3"):
                parts.append(f"<{style}>{inline(block.text)}</{style}>")
            elif style in ("b", "bold"):
                parts.append(f"<p><b>{inline(block.text)}</b></p>")
            else:
                parts.append(f"<p>{inline(block.text)}</p>")
        i = end
    parts.append("<p></p>")
    return "".join(parts)


def rich_json(story: Story) -> dict:
    """The same document as Contentful's JSON (it travels in the RSC payload)."""
    form = "NFD" if story.opts.get("nfd") else "NFC"

    def txt(value: str) -> dict:
        return {"nodeType": "text", "value": unicodedata.normalize(form, value), "marks": [], "data": {}}

    nodes = []
    kinds = {"h2": "heading-2", "h3": "heading-3", "li": "list-item", "ol": "list-item", "q": "blockquote"}
    for block in story.blocks:
        if isinstance(block, Img):
            asset = block.src.split("%2F")[3]
            nodes.append(
                {
                    "nodeType": "embedded-asset-block",
                    "data": {"target": {"sys": {"id": asset, "type": "Link", "linkType": "Asset"}}},
                    "content": [],
                }
            )
            if block.style == "typed" and block.printed:
                nodes.append({"nodeType": "paragraph", "data": {}, "content": [txt(block.printed)]})
        elif isinstance(block, Raw):
            plain = re.sub(r"<[^>]+>", " ", block.html)
            nodes.append({"nodeType": "paragraph", "data": {}, "content": [txt(collapse(plain))]})
        else:
            kind = kinds.get(block.style, "paragraph")
            nodes.append({"nodeType": kind, "data": {}, "content": [txt(block.text)]})
    nodes.append({"nodeType": "paragraph", "data": {}, "content": [txt("")]})
    return {"nodeType": "document", "data": {}, "content": nodes}


# --- chrome ---------------------------------------------------------------------------------------

_CHUNKS = (
    "/_next/static/chunks/webpack-8c1d2e7f4b3a9c05.js",
    "/_next/static/chunks/fd9d1056-2b7e4c1a9f0d3e68.js",
    "/_next/static/chunks/117-5e0c8a2d4f6b1397.js",
    "/_next/static/chunks/main-app-9a4e7b2c1d8f6035.js",
)
_CSS = "/_next/static/css/a3f91c07d2b84e65.css"

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu", [("Giới thiệu chung", "/gioi-thieu"), ("Liên hệ", "/lien-he")]),
    (
        "Tin tức",
        "/tin-tuc",
        [(CATS[c][0], f"/danh-muc/{c}") for c in NEWS_CATS],
    ),
    (
        "Góc phụ huynh",
        "/danh-muc/nuoi-day-tre",
        [("Kiến thức nuôi dạy trẻ", "/danh-muc/nuoi-day-tre"), ("Thực đơn tuần", "/thuc-don")],
    ),
    ("Thư viện", "/thu-vien-anh", [("Album ảnh", "/thu-vien-anh"), ("Video", "/video")]),
    ("Văn bản", "/van-ban", []),
    ("Liên hệ", "/lien-he", []),
]

_RC = (
    '<script>$RC=function(b,c,e){c=document.getElementById(c);c.parentNode.removeChild(c);var a='
    "document.getElementById(b);if(a){b=a.previousSibling;if(e)b.data=\"$!\",a.setAttribute("
    '"data-dgst",e);else{e=b.parentNode;a=b.nextSibling;var f=0;do{if(a&&8===a.nodeType){var d=a.'
    'data;if("/$"===d)if(0===f)break;else f--;else"$"!==d&&"$?"!==d&&"$!"!==d||f++}d=a.nextSibling'
    ";e.removeChild(a);a=d}while(a);for(;c.firstChild;)e.insertBefore(c.firstChild,a);b.data=\"$\""
    "}b._reactRetry&&b._reactRetry()}};</script>"
)


def _menu_html(drawer: bool = False) -> str:
    items = []
    for label, href, subs in MENU:
        if subs:
            sub = "".join(
                f'<li><a class="block px-4 py-2 hover:bg-pink-50" href="{h}">{esc(t)}</a></li>' for t, h in subs
            )
            cls = "pl-4" if drawer else "invisible absolute left-0 top-full z-30 min-w-[230px] rounded-b-lg bg-white text-slate-700 shadow-lg group-hover:visible"
            items.append(
                f'<li class="group relative"><a class="block px-4 py-3 font-semibold" href="{href}">{esc(label)}'
                f' <span aria-hidden="true">▾</span></a><ul class="{cls}">{sub}</ul></li>'
            )
        else:
            items.append(f'<li><a class="block px-4 py-3 font-semibold" href="{href}">{esc(label)}</a></li>')
    return "".join(items)


def _card(story: Story, compact: bool = False) -> str:
    imgs = story.images
    if imgs:
        big = imgs[0].src
        widths = (384, 640, 828, 1080)
        srcset = ", ".join(f"{esc(big.replace('&w=1920&', f'&w={w}&'))} {w}w" for w in widths)
        thumb = (
            f'<img alt="{esc(story.title)}" loading="lazy" decoding="async" data-nimg="fill" '
            'class="object-cover transition duration-300 group-hover:scale-105" style="position:absolute;'
            'height:100%;width:100%;left:0;top:0;right:0;bottom:0;color:transparent" '
            f'sizes="(max-width: 768px) 100vw, 33vw" srcSet="{srcset}" '
            f'src="{esc(big.replace("&w=1920&", "&w=1080&"))}"/>'
        )
    else:
        thumb = (
            '<img alt="" loading="lazy" decoding="async" data-nimg="fill" class="object-contain p-6" '
            'style="position:absolute;height:100%;width:100%;left:0;top:0;right:0;bottom:0;'
            'color:transparent" src="/images/thong-bao-mac-dinh.png"/>'
        )
    href = f"/bai-viet/{story.slug}"
    when = ""
    if story.opts.get("at"):
        day = story.opts["shown"].split(", ")[1]
        when = f'<time class="text-[12px] text-slate-400" dateTime="{story.opts["at"]}">{day}</time>'
    excerpt = story.opts.get("excerpt") or story.summary or ""
    if compact:
        return (
            f'<li class="flex gap-3 py-2"><a href="{href}" class="relative block h-16 w-24 shrink-0 '
            f'overflow-hidden rounded">{thumb}</a><div><a class="line-clamp-2 text-[14px] font-semibold" '
            f'href="{href}">{_t(story, story.title)}</a>{when}</div></li>'
        )
    return (
        '<article class="group overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-pink-100">'
        f'<a href="{href}" class="relative block aspect-[4/3] overflow-hidden">{thumb}</a>'
        f'<div class="p-4"><span class="text-[12px] font-semibold uppercase text-pink-600">'
        f"{esc(CATS[story.cat][0])}</span>"
        f'<h3 class="mt-1 line-clamp-2 text-[16px] font-bold leading-snug"><a href="{href}">'
        f"{_t(story, story.title)}</a></h3>"
        f'<p class="mt-2 line-clamp-3 text-[14px] text-slate-500">{_t(story, excerpt)}</p>{when}</div></article>'
    )


def _sorted(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.opts.get("at") or "", reverse=True)


MENU_WEEK = [
    ("Thứ Hai", "Bún mọc thịt heo", "Cơm, cá basa sốt cà, canh bí đỏ nấu tôm", "Sữa chua, chuối"),
    ("Thứ Ba", "Cháo gà đậu xanh", "Cơm, thịt kho trứng cút, canh cải ngọt", "Bánh flan"),
    ("Thứ Tư", "Phở bò", "Cơm, gà xào nấm, canh rau ngót thịt bằm", "Sữa tươi, bánh quy"),
    ("Thứ Năm", "Mì quảng tôm thịt", "Cơm, đậu hũ dồn thịt, canh chua cá lóc", "Chè đậu đỏ"),
    ("Thứ Sáu", "Bánh canh cá", "Cơm, bò xào bông cải, canh mồng tơi", "Dưa hấu"),
]


def _sidebar() -> str:
    most_read = [A5, A3, A4, C1, B3]
    menu_rows = "".join(
        f'<tr class="border-t"><td class="py-1 pr-2 font-semibold">{d}</td><td class="py-1">{s}; {lu}; {x}</td></tr>'
        for d, s, lu, x in MENU_WEEK
    )
    return (
        '<aside class="col-span-12 space-y-5 lg:col-span-4">'
        '<div class="Sb_box__x1Lk9 rounded-xl bg-white p-4 shadow-sm"><form action="/tim-kiem" method="get" '
        'role="search" class="flex gap-2"><input name="q" type="search" placeholder="Nhập từ khóa tìm kiếm..." '
        'class="w-full rounded border px-2 py-1"/><button type="submit" class="rounded bg-pink-500 px-3 '
        'text-white">Tìm</button></form></div>'
        '<div class="Sb_box__x1Lk9 rounded-xl bg-white p-4 shadow-sm"><div class="Sb_tit__7hQ2d mb-2 '
        'font-bold uppercase text-[#c2185b]">📢 Thông báo</div><marquee direction="up" scrollamount="2" '
        'height="120" onmouseover="this.stop()" onmouseout="this.start()"><ul class="space-y-2 text-[14px]">'
        f'<li>• <a href="/bai-viet/{C1.slug}">Thông báo tuyển sinh bổ sung trẻ nhà trẻ năm học 2026 - 2027</a></li>'
        '<li>• <a href="/van-ban/ke-hoach-giao-duc-nam-hoc-2026-2027">Kế hoạch giáo dục năm học 2026 - 2027</a></li>'
        "<li>• Lịch nghỉ Tết Dương lịch 2027: trẻ nghỉ học ngày 01/01/2027 (Thứ Sáu), đi học lại ngày 04/01/2027.</li>"
        "<li>• Phụ huynh vui lòng đón trẻ đúng giờ (trước 17 giờ 15) để đảm bảo an toàn cho trẻ.</li>"
        "</ul></marquee></div>"
        '<div class="Sb_box__x1Lk9 rounded-xl bg-white p-4 shadow-sm"><div class="Sb_tit__7hQ2d mb-2 '
        'font-bold uppercase text-[#c2185b]">Tin đọc nhiều</div><ul class="divide-y">'
        + "".join(_card(s, compact=True) for s in most_read)
        + "</ul></div>"
        '<div class="Sb_box__x1Lk9 rounded-xl bg-white p-4 shadow-sm"><div class="Sb_tit__7hQ2d mb-2 '
        'font-bold uppercase text-[#c2185b]">Liên kết nhanh</div><ul class="list-inside list-disc text-[14px]">'
        f'<li><a href="/bai-viet/{A6.slug}/">Hội thi Bé khỏe – Bé ngoan</a></li>'
        f'<li><a href="/bai-viet/{A7.slug}/">Bé học kỹ năng thoát hiểm</a></li>'
        '<li><a href="/thuc-don">Thực đơn tuần</a></li>'
        '<li><a href="/lien-he">Đăng ký tham quan trường</a></li></ul></div>'
        '<div class="Sb_box__x1Lk9 rounded-xl bg-white p-4 shadow-sm"><div class="Sb_tit__7hQ2d mb-2 '
        'font-bold uppercase text-[#c2185b]">🍚 Thực đơn tuần 14 (30/11 - 04/12/2026)</div>'
        f'<table class="w-full text-[13px]"><tbody>{menu_rows}</tbody></table>'
        '<p class="mt-2 text-[12px] italic text-slate-400">Thực đơn do bộ phận dinh dưỡng xây dựng, '
        "đảm bảo 1.260 Kcal/trẻ/ngày.</p></div>"
        '<div class="Sb_box__x1Lk9 rounded-xl bg-white p-4 shadow-sm"><div class="Sb_tit__7hQ2d mb-2 '
        'font-bold uppercase text-[#c2185b]">Thăm dò ý kiến</div><form method="post" action="/api/binh-chon">'
        '<p class="text-[14px] font-semibold">Quý phụ huynh đánh giá thế nào về bữa ăn bán trú của bé?</p>'
        '<label class="block"><input type="radio" name="bc" value="1"/> Rất hài lòng</label>'
        '<label class="block"><input type="radio" name="bc" value="2"/> Hài lòng</label>'
        '<label class="block"><input type="radio" name="bc" value="3"/> Cần cải thiện</label>'
        '<button type="submit" class="mt-2 rounded bg-green-600 px-3 py-1 text-white">Bình chọn</button></form></div>'
        '<div class="Sb_box__x1Lk9 rounded-xl bg-white p-4 shadow-sm"><div class="Sb_tit__7hQ2d mb-2 '
        'font-bold uppercase text-[#c2185b]">Liên kết website</div><ul class="text-[14px]">'
        '<li><a href="https://moet.gov.vn" target="_blank" rel="noopener noreferrer">Bộ Giáo dục và Đào tạo</a></li>'
        '<li><a href="https://daklak.edu.vn" target="_blank" rel="noopener noreferrer">Sở GD&amp;ĐT Đắk Lắk</a></li>'
        '<li><a href="https://dichvucong.gov.vn" target="_blank" rel="noopener noreferrer">Cổng Dịch vụ công quốc gia</a></li>'
        "</ul></div>"
        '<div class="Sb_box__x1Lk9 rounded-xl bg-white p-4 shadow-sm"><div class="Sb_tit__7hQ2d mb-2 '
        'font-bold uppercase text-[#c2185b]">Thống kê truy cập</div><ul class="text-[14px]">'
        '<li>Đang online: <b>27</b></li><li>Hôm nay: <b>318</b></li><li>Tháng này: <b>9.842</b></li>'
        "<li>Tổng truy cập: <b>1.254.907</b></li></ul></div>"
        '<div class="Sb_box__x1Lk9 rounded-xl bg-white p-4 shadow-sm"><iframe title="Fanpage" '
        'src="https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2Fmamnonhoami.tanlap'
        '&amp;tabs=timeline&amp;width=320&amp;height=300" width="320" height="300" style="border:none;'
        'overflow:hidden" loading="lazy"></iframe></div>'
        "</aside>"
    )


def _js(value: str) -> str:
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c")


def _flight(segments: list, data: dict, page_chunk: str) -> str:
    """The RSC payload as App Router prints it after the HTML."""
    lines = [
        f'1:HL["{_CSS}","style"]\n',
        '2:I[5751,[],""]\n3:I[9275,[],""]\n'
        f'4:I[6130,["173","static/chunks/173-4c8b1e2f9a0d3c57.js","931","{page_chunk}"],"default"]\n',
        "0:"
        + json.dumps(
            [BUILD_ID, [["children", *segments, ["__PAGE__", {}], "$L4", None]], None],
            ensure_ascii=False,
        )
        + "\n",
        "5:" + json.dumps(data, ensure_ascii=False) + "\n",
    ]
    out = ["<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>"]
    out += [f"<script>self.__next_f.push([1,{_js(line)}])</script>" for line in lines]
    return "".join(out)


def layout(
    request: Request,
    title: str,
    main: str,
    *,
    description: str = "",
    canonical: str | None = None,
    head_extra: str = "",
    tail: str = "",
    flight: str = "",
    status: int = 200,
) -> Response:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{canonical}"/>' if canonical else ""
    scripts = "".join(f'<script src="{c}" async=""></script>' for c in _CHUNKS[1:])
    doc = (
        '<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/>'
        '<meta name="viewport" content="width=device-width, initial-scale=1"/>'
        f'<link rel="stylesheet" href="{_CSS}" data-precedence="next"/>'
        f'<link rel="preload" as="script" fetchPriority="low" href="{_CHUNKS[0]}"/>{scripts}'
        f"<title>{esc(title)} | {SCHOOL}</title>"
        + (f'<meta name="description" content="{esc(description)}"/>' if description else "")
        + canon
        + head_extra
        + '<link rel="icon" href="/favicon.ico" type="image/x-icon" sizes="16x16"/>'
        '<script src="/_next/static/chunks/polyfills-42372ed130431b0a.js" noModule=""></script></head>'
        '<body class="__className_f3c2a1 bg-[#fffaf3] text-slate-700"><div class="flex min-h-screen flex-col">'
        '<div class="bg-[#ec407a] text-[13px] text-white"><div class="container mx-auto flex flex-wrap '
        f'justify-between px-3 py-1"><span id="hd-ngay">{HEADER_TODAY}</span><span>☎ 0262 3 851 247 | '
        "✉ mnhoami.tanlap@gmail.com</span></div></div>"
        '<header class="Hdr_root__3mR0q bg-white"><div class="container mx-auto flex items-center gap-4 px-3 py-3">'
        '<a href="/"><img src="/images/logo-hoami.png" alt="Logo Trường Mầm non Họa Mi" width="84" height="84"/></a>'
        '<div><div class="text-[13px] uppercase tracking-wide text-sky-700">UBND phường Tân Lập</div>'
        '<div class="text-[28px] font-extrabold text-[#e91e63]">TRƯỜNG MẦM NON HỌA MI</div>'
        '<div class="text-[14px] italic text-amber-600">“Mỗi ngày đến trường là một ngày vui”</div></div>'
        '<button type="button" class="ml-auto lg:hidden" aria-controls="mnav-drawer" aria-label="Mở menu">☰</button>'
        "</div></header>"
        f'<nav class="Nav_bar__Yy21e hidden bg-[#43a047] text-white lg:block"><ul class="container mx-auto flex">{_menu_html()}</ul></nav>'
        '<div id="mnav-drawer" class="fixed inset-0 z-50 hidden bg-black/40"><div class="h-full w-72 bg-white p-4">'
        f'<ul class="text-slate-700">{_menu_html(drawer=True)}</ul></div></div>'
        f'<main class="container mx-auto flex-1 px-3 py-6">{main}</main>'
        '<footer class="Ftr_root__Pq8sT mt-10 bg-[#2e7d32] text-[14px] text-white"><div class="container mx-auto '
        'grid gap-6 px-3 py-8 md:grid-cols-3"><div><div class="font-bold uppercase">Trường Mầm non Họa Mi</div>'
        "<p>Địa chỉ: 25 Y Wang, phường Tân Lập, tỉnh Đắk Lắk</p><p>Điện thoại: 0262 3 851 247</p>"
        '<p>Email: <a href="mailto:mnhoami.tanlap@gmail.com">mnhoami.tanlap@gmail.com</a></p></div>'
        '<div><div class="font-bold">Giờ đón - trả trẻ</div><p>Sáng: 6 giờ 45 - 7 giờ 45</p>'
        "<p>Chiều: 16 giờ 30 - 17 giờ 15</p><p>Từ Thứ Hai đến Thứ Sáu</p></div>"
        '<div><div class="font-bold">Kết nối với chúng tôi</div>'
        '<a href="https://www.facebook.com/mamnonhoami.tanlap" target="_blank" rel="noopener">Facebook</a> · '
        '<a href="https://www.youtube.com/@mamnonhoami" target="_blank" rel="noopener">YouTube</a></div></div>'
        '<div class="border-t border-white/20 py-3 text-center text-[12px]">© 2026 Trường Mầm non Họa Mi. '
        "Chịu trách nhiệm nội dung: Hiệu trưởng Trần Thị Mỹ Linh. Thiết kế &amp; phát triển: VietSky Digital.</div>"
        "</footer></div>"
        + (_RC + tail if tail else "")
        + flight
        + "</body></html>"
    )
    return html(doc, status=status)


def _crumbs(items: list[tuple[str, str | None]]) -> str:
    out = []
    for n, (label, href) in enumerate(items):
        if n:
            out.append('<li aria-hidden="true" class="text-slate-300">/</li>')
        out.append(f'<li><a href="{href}">{esc(label)}</a></li>' if href else f'<li class="text-slate-400">{label}</li>')
    return (
        '<nav aria-label="Breadcrumb" class="Breadcrumb_bc__t2Xw9 mb-4 text-[13px]">'
        f'<ol class="flex flex-wrap gap-1.5">{"".join(out)}</ol></nav>'
    )


# --- pages ----------------------------------------------------------------------------------------

_ARTICLE_CHUNK = "static/chunks/app/bai-viet/%5Bslug%5D/page-0e1d7c6b5a493f28.js"
_LIST_CHUNK = "static/chunks/app/danh-muc/%5Bslug%5D/page-7b2a90c4d1e35f68.js"


def _skeleton(boundary: str, label: str) -> str:
    bars = "".join(f'<div class="h-4 {w} animate-pulse rounded bg-slate-200"></div>' for w in ("w-full", "w-11/12", "w-full", "w-3/4"))
    return (
        f'<!--$?--><template id="{boundary}"></template><div class="NoiDung_skel__u7Yt3 space-y-3 py-4" '
        f'aria-busy="true">{bars}<p class="text-center text-[13px] text-slate-400">{label}</p></div><!--/$-->'
    )


def _author_card(story: Story) -> str:
    card = story.opts.get("card")
    if not card:
        return ""
    prefix, name, post = card
    avatar = ctf(entry_id("avatar-" + name)[:16], "avatar.jpg").replace("&w=1920&", "&w=96&")
    small = avatar.replace("&w=96&", "&w=48&")
    return (
        '<div class="TacGia_card__w8Hn2 mt-6 flex items-center gap-3 rounded-xl border border-pink-100 bg-pink-50/50 p-3">'
        f'<img alt="{esc(name)}" loading="lazy" width="48" height="48" decoding="async" data-nimg="1" '
        f'class="rounded-full" style="color:transparent" srcSet="{esc(small)} 1x, {esc(avatar)} 2x" src="{esc(avatar)}"/>'
        '<div><div class="text-[11px] uppercase tracking-wide text-slate-400">Người viết</div>'
        f'<div class="font-semibold">{_t(story, prefix + " " + name)}</div>'
        f'<div class="text-[13px] text-slate-500">{_t(story, post)}</div></div></div>'
    )


def _related(story: Story) -> str:
    others = [s for s in _sorted([s for s in STORIES if s.cat == story.cat]) if s is not story][:4]
    if len(others) < 2:
        others = [s for s in _sorted([s for s in STORIES if s.cat in NEWS_CATS]) if s is not story][:4]
    return (
        '<section class="mt-8"><h2 class="mb-3 border-b-2 border-pink-400 pb-1 text-[18px] font-bold '
        'uppercase text-[#c2185b]">Tin liên quan</h2><ul class="grid gap-2 md:grid-cols-2">'
        + "".join(_card(s, compact=True) for s in others)
        + "</ul></section>"
    )


def article_page(request: Request, story: Story) -> Response:
    o = story.opts
    base = base_url(request)
    path = f"/bai-viet/{story.slug}"
    cat_name, parent, parent_href = CATS[story.cat]
    crumbs = [("Trang chủ", "/")]
    if parent_href != f"/danh-muc/{story.cat}":
        crumbs.append((parent, parent_href))
    crumbs.append((cat_name, f"/danh-muc/{story.cat}"))
    meta = []
    if o.get("at"):
        meta.append(
            '<span class="inline-flex items-center gap-1"><svg width="14" height="14" viewBox="0 0 24 24" '
            'aria-hidden="true"><circle cx="12" cy="12" r="10" fill="none" stroke="currentColor"/></svg>'
            f'<time dateTime="{o["at"]}">{o["shown"]}</time></span>'
        )
    meta.append(f"<span>👁 {story.views()} lượt xem</span>")
    if o.get("updated"):
        meta.append(f'<span class="italic">Cập nhật: {o["updated"]}</span>')
    if o.get("posted_by"):
        meta.append(f'<span>Đăng bởi: <b>{esc(o["posted_by"])}</b></span>')
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<p class="BaiViet_mota__pX0aL my-3 text-[17px] font-semibold leading-relaxed">{_t(story, story.summary)}</p>'
    content = f'<div class="rtxt BaiViet_nd__ZZ81b max-w-none leading-relaxed">{rich_text(story)}</div>' + _author_card(story)
    streamed = bool(o.get("stream"))
    body_slot = _skeleton("B:0", "Đang tải nội dung…") if streamed else content
    attach = ""
    if o.get("attach"):
        href, label = o["attach"]
        attach = (
            '<div class="mt-5 rounded-lg border border-dashed border-sky-300 bg-sky-50 p-3 text-[14px]">'
            f'<b>📎 Tệp đính kèm:</b> <a class="text-sky-700 underline" href="{href}" download="">{esc(label)}</a></div>'
        )
    tags = "".join(f'<span class="rounded-full bg-amber-100 px-2 py-0.5 text-[12px]">#{esc(t)}</span>' for t in o.get("tags", []))
    share_url = quote(f"{base}{path}", safe="")
    main = (
        _crumbs(crumbs)
        + '<div class="grid grid-cols-12 gap-6"><article class="BaiViet_wrap__m0Qe1 col-span-12 rounded-2xl '
        'bg-white p-5 shadow-sm lg:col-span-8">'
        f'<h1 class="BaiViet_tde__Qm3aZ text-[26px] font-bold leading-tight text-[#c2185b]">{_t(story, story.title)}</h1>'
        f'<div class="BaiViet_meta__9vR1c my-2 flex flex-wrap items-center gap-x-4 text-[13px] text-slate-500">{"".join(meta)}</div>'
        + sapo
        + body_slot
        + attach
        + f'<div class="BaiViet_tags__Lp2v0 mt-5 flex flex-wrap items-center gap-2"><span class="text-[13px]">Từ khóa:</span>{tags}</div>'
        '<div class="BaiViet_share__4Kq0P mt-4 flex flex-wrap items-center gap-2 border-t pt-3 text-[13px]">'
        '<span>Chia sẻ:</span>'
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" rel="noopener" '
        'class="rounded bg-[#1877f2] px-2 py-1 text-white">Facebook</a>'
        f'<button type="button" class="zalo-share-button rounded bg-[#0068ff] px-2 py-1 text-white" '
        f'data-href="{base}{path}" data-oaid="579745863508352884">Zalo</button>'
        '<button type="button" class="rounded border px-2 py-1" onclick="navigator.clipboard.writeText(location.href)">'
        "Sao chép liên kết</button>"
        '<button type="button" class="rounded border px-2 py-1" onclick="window.print()">🖨 In bài</button></div>'
        + _skeleton("B:1", "")
        + "</article>"
        + _sidebar()
        + "</div>"
    )
    tail = ""
    if streamed:
        tail += f'<div hidden id="S:0">{content}</div><script>$RC("B:0","S:0")</script>'
    tail += f'<div hidden id="S:1">{_related(story)}</div><script>$RC("B:1","S:1")</script>'
    desc = o.get("excerpt") or story.summary or ""
    og_img = ""
    if story.images:
        raw = story.images[0].src.split("url=")[1].split("&")[0]
        og_img = unquote(raw) + "?w=1200&h=630&fit=fill&fm=jpg"
    head = (
        f'<meta property="og:title" content="{esc(story.title)}"/><meta property="og:description" content="{esc(desc)}"/>'
        f'<meta property="og:url" content="{base}{path}"/><meta property="og:site_name" content="{SCHOOL}"/>'
        '<meta property="og:locale" content="vi_VN"/>'
        + (f'<meta property="og:image" content="{esc(og_img)}"/>' if og_img else "")
        + '<meta property="og:type" content="article"/>'
        + (f'<meta property="article:published_time" content="{o["at"]}"/>' if o.get("at") else "")
        + f'<meta property="article:modified_time" content="{o.get("at") or o["created"]}"/>'
        '<meta name="twitter:card" content="summary_large_image"/>'
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.title,
        "mainEntityOfPage": f"{base}{path}",
        "author": {"@type": "Organization", "name": SCHOOL, "url": base},
        "publisher": {"@type": "Organization", "name": SCHOOL, "logo": {"@type": "ImageObject", "url": f"{base}/images/logo-hoami.png"}},
    }
    if o.get("at"):
        ld["datePublished"] = o["at"]
    if og_img:
        ld["image"] = [og_img]
    ld_json = json.dumps(ld, ensure_ascii=False).replace("<", "\\u003c")
    head += f'<script type="application/ld+json">{ld_json}</script>'
    data = {
        "baiViet": {
            "sys": {
                "id": entry_id(story.slug),
                "type": "Entry",
                "createdAt": o["created"],
                "updatedAt": o.get("at") or o["created"],
                "revision": 3 + story.id % 4,
                "contentType": {"sys": {"type": "Link", "linkType": "ContentType", "id": "baiViet"}},
                "locale": "vi-VN",
            },
            "fields": {
                "tieuDe": story.title,
                "slug": story.slug,
                "ngayDang": o.get("at"),
                "moTaNgan": story.summary or o.get("excerpt"),
                "hienMoTa": bool(story.summary and story.sapo_outside),
                "noiDung": rich_json(story),
                "danhMuc": [{"sys": {"id": entry_id(story.cat)}, "fields": {"ten": cat_name, "slug": story.cat}}],
                "tuKhoa": o.get("tags", []),
            },
        }
    }
    return layout(
        request,
        story.title,
        main,
        description=desc,
        canonical=path,
        head_extra=head,
        tail=tail,
        flight=_flight(["bai-viet", ["slug", story.slug, "d"]], data, _ARTICLE_CHUNK),
    )


def _page_number(request: Request) -> int:
    raw = request.params.get("page", "1")
    return int(raw) if raw.isdigit() and int(raw) > 0 else 1


def listing_page(request: Request, title: str, stories: list[Story], crumbs: list, *, chips: bool = True) -> Response:
    page = _page_number(request)
    shown = stories[: PAGE_SIZE * page]
    more = ""
    if len(stories) > len(shown):
        more = (
            '<div class="mt-8 text-center"><a class="NutXemThem_btn__r5Tq0 inline-flex items-center gap-1 '
            f'rounded-full bg-[#ec407a] px-6 py-2 font-semibold text-white" href="?page={page + 1}" '
            'scroll="false">Xem thêm <svg width="12" height="12" viewBox="0 0 24 24" aria-hidden="true">'
            '<path d="M6 9l6 6 6-6" stroke="currentColor" fill="none"/></svg></a></div>'
        )
    chip_html = ""
    if chips:
        chip_html = '<div class="mb-4 flex flex-wrap gap-2">' + "".join(
            f'<a class="rounded-full border border-pink-300 px-3 py-1 text-[13px]" href="/danh-muc/{c}">{esc(CATS[c][0])}</a>'
            for c in NEWS_CATS
        ) + "</div>"
    main = (
        _crumbs(crumbs)
        + '<div class="grid grid-cols-12 gap-6"><section class="col-span-12 lg:col-span-8">'
        f'<h1 class="mb-3 text-[24px] font-bold uppercase text-[#c2185b]">{esc(title)}</h1>{chip_html}'
        '<div class="grid gap-5 md:grid-cols-2 xl:grid-cols-3">'
        + "".join(_card(s) for s in shown)
        + "</div>"
        + more
        + "</section>"
        + _sidebar()
        + "</div>"
    )
    data = {"danhSach": [{"slug": s.slug, "tieuDe": s.title, "ngayDang": s.opts.get("at")} for s in shown], "trang": page, "tong": len(stories)}
    return layout(request, title, main, canonical=request.path, flight=_flight(["danh-muc"], data, _LIST_CHUNK))


def home_page(request: Request) -> Response:
    news = _sorted([s for s in STORIES if s.cat in NEWS_CATS])[:6]
    tips = _sorted([s for s in STORIES if s.cat == "nuoi-day-tre"])
    banners = [
        (f"/bai-viet/{C1.slug}?utm_source=website&utm_medium=banner&utm_campaign=tuyensinh2026", "banner-tuyen-sinh.jpg", "Tuyển sinh bổ sung nhà trẻ 2026 - 2027"),
        ("/gioi-thieu", "banner-truong.jpg", "Trường Mầm non Họa Mi"),
        (None, "banner-giang-sinh.jpg", "Chúc mừng Giáng sinh & Năm mới 2027"),
    ]
    slides = []
    for href, fname, alt in banners:
        im = _img_tag(pic("banner-" + fname, fname), alt, 1600, 560, "h-auto w-full")
        linked = f'<a href="{esc(href)}">{im}</a>' if href else im
        slides.append(f'<div class="swiper-slide">{linked}</div>')
    video_thumb = _img_tag(pic("video-2011", "video-20-11.jpg"), "Video 20/11", 640, 360, "rounded-lg")
    album_thumb = _img_tag(pic("album-kg", "khai-giang-01.jpg"), "Album khai giảng", 640, 360, "rounded-lg")
    main = (
        f'<div class="swiper mb-6 overflow-hidden rounded-2xl"><div class="swiper-wrapper">{"".join(slides)}</div>'
        '<div class="swiper-pagination"></div></div>'
        '<div class="grid grid-cols-12 gap-6"><div class="col-span-12 space-y-8 lg:col-span-8">'
        '<section class="rounded-2xl bg-white p-5 shadow-sm"><h2 class="mb-2 text-[20px] font-bold uppercase '
        'text-[#c2185b]">Giới thiệu chung</h2><p>Trường Mầm non Họa Mi được thành lập năm 1996, hiện có 14 nhóm, '
        "lớp với 412 trẻ và 48 cán bộ, giáo viên, nhân viên. Nhà trường đạt chuẩn quốc gia mức độ 2 và kiểm định "
        'chất lượng giáo dục cấp độ 3.</p><a class="mt-2 inline-block text-pink-600" href="/gioi-thieu">Xem thêm »</a></section>'
        '<section><div class="mb-3 flex items-end justify-between"><h2 class="text-[20px] font-bold uppercase '
        'text-[#c2185b]">Tin tức - Sự kiện</h2><a class="text-[14px] text-pink-600" href="/tin-tuc">Xem thêm »</a></div>'
        '<div class="grid gap-5 md:grid-cols-2 xl:grid-cols-3">'
        + "".join(_card(s) for s in news)
        + "</div></section>"
        '<section><div class="mb-3 flex items-end justify-between"><h2 class="text-[20px] font-bold uppercase '
        'text-[#c2185b]">Góc phụ huynh</h2><a class="text-[14px] text-pink-600" href="/danh-muc/nuoi-day-tre">Xem thêm »</a></div>'
        '<div class="grid gap-5 md:grid-cols-2">'
        + "".join(_card(s) for s in tips)
        + "</div></section>"
        '<section class="grid gap-5 md:grid-cols-2"><div><h2 class="mb-2 text-[18px] font-bold uppercase text-[#c2185b]">'
        f'Video</h2><a href="/bai-viet/{VIDEO_SLUG}">{video_thumb}<span class="mt-1 block font-semibold">'
        f'{esc(VIDEO_TITLE)}</span></a><a class="text-[13px] text-pink-600" href="/video">Tất cả video »</a></div>'
        '<div><h2 class="mb-2 text-[18px] font-bold uppercase text-[#c2185b]">Album ảnh</h2>'
        f'<a href="/thu-vien-anh/{ALBUM_SLUG}">{album_thumb}<span class="mt-1 block font-semibold">{esc(ALBUM_TITLE)}</span></a>'
        '<a class="text-[13px] text-pink-600" href="/thu-vien-anh">Tất cả album »</a></div></section>'
        "</div>"
        + _sidebar()
        + "</div>"
    )
    data = {"trangChu": {"tinMoi": [s.slug for s in news], "banner": [b[0] for b in banners]}}
    return layout(
        request,
        "Trang chủ",
        main,
        description="Cổng thông tin điện tử Trường Mầm non Họa Mi, phường Tân Lập, tỉnh Đắk Lắk.",
        canonical="/",
        flight=_flight([], data, "static/chunks/app/page-5c0a7e3f1b2d9846.js"),
    )


# --- pages that are not articles ------------------------------------------------------------------

VIDEO_SLUG = "video-be-hat-mung-ngay-nha-giao-20-11"
VIDEO_TITLE = "Video: Bé hát mừng ngày Nhà giáo Việt Nam 20/11"
ALBUM_SLUG = "khai-giang-nam-hoc-2026-2027"
ALBUM_TITLE = "Album: Lễ khai giảng năm học 2026 - 2027"
DOC_SLUG = "ke-hoach-giao-duc-nam-hoc-2026-2027"
DOC_TITLE = "Kế hoạch giáo dục nhà trường năm học 2026 - 2027"


def _simple(request: Request, title: str, crumbs: list, inner: str, segments: list, data: dict) -> Response:
    main = (
        _crumbs(crumbs)
        + '<div class="grid grid-cols-12 gap-6"><section class="col-span-12 rounded-2xl bg-white p-5 shadow-sm lg:col-span-8">'
        f'<h1 class="mb-3 text-[24px] font-bold text-[#c2185b]">{esc(title)}</h1>{inner}</section>'
        + _sidebar()
        + "</div>"
    )
    return layout(request, title, main, canonical=request.path, flight=_flight(segments, data, "static/chunks/app/%5B...slug%5D/page-3f9e1c0b7a2d5864.js"))


def video_page(request: Request) -> Response:
    inner = (
        '<div class="BaiViet_meta__9vR1c mb-3 text-[13px] text-slate-500"><time dateTime="2026-11-21T02:00:00.000Z">'
        "09:00, 21/11/2026</time></div>"
        '<div class="aspect-video"><iframe class="h-full w-full" src="https://www.youtube-nocookie.com/embed/q3Vn8sT2KxE" '
        'title="Bé hát mừng ngày Nhà giáo Việt Nam 20/11" allow="accelerometer; autoplay; encrypted-media; picture-in-picture" '
        'allowfullscreen=""></iframe></div>'
        "<p class=\"mt-3\">Các bé lớp Lá 2 biểu diễn bài hát “Cô giáo em” chào mừng ngày Nhà giáo Việt Nam 20/11.</p>"
    )
    data = {"video": {"sys": {"id": entry_id(VIDEO_SLUG), "contentType": {"sys": {"id": "video"}}}, "fields": {"tieuDe": VIDEO_TITLE, "youtubeId": "q3Vn8sT2KxE"}}}
    return _simple(request, VIDEO_TITLE, [("Trang chủ", "/"), ("Thư viện", "/thu-vien-anh"), ("Video", "/video")], inner, ["bai-viet", ["slug", VIDEO_SLUG, "d"]], data)


def album_page(request: Request) -> Response:
    photos = "".join(
        f'<a href="{esc(pic(f"album-kg-{n}", f"khai-giang-{n:02d}.jpg"))}" data-fancybox="album">'
        + _img_tag(pic(f"album-kg-{n}", f"khai-giang-{n:02d}.jpg").replace("&w=1920&", "&w=640&"), f"khai-giang-{n:02d}", 320, 240, "rounded")
        + "</a>"
        for n in range(1, 7)
    )
    inner = f'<p class="mb-3 text-[13px] text-slate-500">05/09/2026 · 6 ảnh</p><div class="grid grid-cols-2 gap-3 md:grid-cols-3">{photos}</div>'
    return _simple(request, ALBUM_TITLE, [("Trang chủ", "/"), ("Thư viện", "/thu-vien-anh"), ("Album ảnh", "/thu-vien-anh")], inner, ["thu-vien-anh", ["slug", ALBUM_SLUG, "d"]], {"album": ALBUM_SLUG})


def doc_page(request: Request) -> Response:
    rows = [
        ("Số/Ký hiệu", "102/KH-MNHM"),
        ("Ngày ban hành", "12/09/2026"),
        ("Loại văn bản", "Kế hoạch"),
        ("Cơ quan ban hành", "Trường Mầm non Họa Mi"),
        ("Người ký", "Trần Thị Mỹ Linh"),
        ("Trích yếu", "Kế hoạch giáo dục nhà trường năm học 2026 - 2027"),
    ]
    table = "".join(f'<tr class="border-b"><th class="w-40 py-2 text-left">{k}</th><td>{esc(v)}</td></tr>' for k, v in rows)
    inner = (
        f'<table class="w-full text-[14px]"><tbody>{table}</tbody></table>'
        '<p class="mt-4"><a class="rounded bg-sky-600 px-3 py-1.5 text-white" href="/assets/102-kh-mnhm-ke-hoach-giao-duc.pdf">'
        "⬇ Tải về (PDF, 1,2 MB)</a></p>"
    )
    return _simple(request, DOC_TITLE, [("Trang chủ", "/"), ("Văn bản", "/van-ban")], inner, ["van-ban", ["slug", DOC_SLUG, "d"]], {"vanBan": DOC_SLUG})


def intro_page(request: Request) -> Response:
    inner = (
        "<p>Trường Mầm non Họa Mi được thành lập theo Quyết định số 412/QĐ-UB ngày 20/8/1996. Trải qua gần 30 năm "
        "xây dựng và phát triển, nhà trường luôn là địa chỉ tin cậy của phụ huynh trên địa bàn.</p>"
        + _img_tag(pic("intro-1", "toan-canh-truong.jpg"), "toan-canh-truong", cls="my-4 rounded-lg")
        + "<h2>Quy mô</h2><p>Năm học 2026 - 2027, nhà trường có 14 nhóm, lớp với 412 trẻ; 48 cán bộ, giáo viên, "
        "nhân viên, 100% giáo viên đạt chuẩn trình độ đào tạo.</p><h2>Cơ sở vật chất</h2><p>Trường có khuôn viên "
        "rộng 4.200 m², 14 phòng học, phòng giáo dục thể chất, phòng âm nhạc, bếp ăn một chiều và sân chơi ngoài trời "
        "với nhiều đồ chơi vận động.</p>"
    )
    return _simple(request, "Giới thiệu chung", [("Trang chủ", "/"), ("Giới thiệu", None)], inner, ["gioi-thieu"], {"trang": "gioi-thieu"})


def contact_page(request: Request) -> Response:
    inner = (
        "<p><b>Trường Mầm non Họa Mi</b></p><p>Địa chỉ: 25 Y Wang, phường Tân Lập, tỉnh Đắk Lắk</p>"
        "<p>Điện thoại: 0262 3 851 247 - Hotline tuyển sinh: 0905 127 448</p><p>Email: mnhoami.tanlap@gmail.com</p>"
        '<iframe title="Bản đồ" src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3892!2d108.05!3d12.68" '
        'width="100%" height="300" style="border:0" loading="lazy"></iframe>'
        '<form method="post" action="/api/lien-he" class="mt-4 space-y-2"><input name="hoTen" placeholder="Họ và tên"/>'
        '<input name="dienThoai" placeholder="Số điện thoại"/><textarea name="noiDung" placeholder="Nội dung"></textarea>'
        '<button type="submit">Gửi liên hệ</button></form>'
    )
    return _simple(request, "Liên hệ", [("Trang chủ", "/"), ("Liên hệ", None)], inner, ["lien-he"], {"trang": "lien-he"})


def menu_page(request: Request) -> Response:
    rows = "".join(
        f'<tr class="border-b"><td class="py-2 font-semibold">{d}</td><td>{s}</td><td>{lu}</td><td>{x}</td></tr>'
        for d, s, lu, x in MENU_WEEK
    )
    inner = (
        '<p class="mb-3">Tuần 14: từ ngày 30/11/2026 đến ngày 04/12/2026</p>'
        '<table class="w-full text-[14px]"><thead><tr class="bg-amber-100"><th>Thứ</th><th>Bữa sáng</th>'
        f"<th>Bữa trưa</th><th>Bữa xế</th></tr></thead><tbody>{rows}</tbody></table>"
        '<p class="mt-3 text-[13px] italic">Nhà trẻ: cơm nát, thức ăn băm nhỏ theo độ tuổi.</p>'
    )
    return _simple(request, "Thực đơn tuần", [("Trang chủ", "/"), ("Góc phụ huynh", "/danh-muc/nuoi-day-tre"), ("Thực đơn tuần", None)], inner, ["thuc-don"], {"tuan": 14})


def gallery_list(request: Request, kind: str) -> Response:
    if kind == "video":
        inner = (
            f'<a class="block" href="/bai-viet/{VIDEO_SLUG}">'
            + _img_tag(pic("video-2011", "video-20-11.jpg").replace("&w=1920&", "&w=640&"), "video-20-11", 640, 360, "rounded-lg")
            + f'<span class="mt-1 block font-semibold">{esc(VIDEO_TITLE)}</span></a>'
        )
        return _simple(request, "Video", [("Trang chủ", "/"), ("Thư viện", "/thu-vien-anh"), ("Video", None)], inner, ["video"], {"videos": [VIDEO_SLUG]})
    inner = (
        f'<a class="block" href="/thu-vien-anh/{ALBUM_SLUG}">'
        + _img_tag(pic("album-kg", "khai-giang-01.jpg").replace("&w=1920&", "&w=640&"), "khai-giang-01", 640, 360, "rounded-lg")
        + f'<span class="mt-1 block font-semibold">{esc(ALBUM_TITLE)}</span></a>'
    )
    return _simple(request, "Album ảnh", [("Trang chủ", "/"), ("Thư viện", None)], inner, ["thu-vien-anh"], {"albums": [ALBUM_SLUG]})


def doc_list(request: Request) -> Response:
    inner = (
        '<table class="w-full text-[14px]"><thead><tr class="bg-sky-100"><th>Số/Ký hiệu</th><th>Ngày ban hành</th>'
        "<th>Trích yếu</th><th>Tải về</th></tr></thead><tbody>"
        f'<tr class="border-b"><td>125/TB-MNHM</td><td>30/11/2026</td><td>Thông báo tuyển sinh bổ sung trẻ nhà trẻ năm học '
        '2026 - 2027</td><td><a href="/assets/tb-125-tuyen-sinh-bo-sung.pdf">PDF</a></td></tr>'
        f'<tr class="border-b"><td>102/KH-MNHM</td><td>12/09/2026</td><td><a href="/van-ban/{DOC_SLUG}">{esc(DOC_TITLE)}</a>'
        '</td><td><a href="/assets/102-kh-mnhm-ke-hoach-giao-duc.pdf">PDF</a></td></tr></tbody></table>'
    )
    return _simple(request, "Văn bản", [("Trang chủ", "/"), ("Văn bản", None)], inner, ["van-ban"], {"vanBan": [DOC_SLUG]})


def search_page(request: Request) -> Response:
    q = collapse(request.params.get("q", ""))
    if not q:
        return _simple(request, "Tìm kiếm", [("Trang chủ", "/"), ("Tìm kiếm", None)], "<p>Vui lòng nhập từ khóa tìm kiếm.</p>", ["tim-kiem"], {"q": ""})
    hits = [s for s in _sorted(STORIES) if q.lower() in collapse(s.title).lower()]
    inner = f"<p>Tìm thấy {len(hits)} kết quả cho “{esc(q)}”</p><ul>" + "".join(_card(s, compact=True) for s in hits) + "</ul>"
    return _simple(request, "Kết quả tìm kiếm", [("Trang chủ", "/"), ("Tìm kiếm", None)], inner, ["tim-kiem"], {"q": q})


def not_found(request: Request) -> Response:
    main = (
        '<div class="py-16 text-center"><h1 class="text-[40px] font-bold text-pink-500">404</h1>'
        '<p>Không tìm thấy trang bạn yêu cầu.</p><a class="text-pink-600" href="/">Về trang chủ</a></div>'
    )
    return layout(request, "Không tìm thấy trang", main, status=404, flight=_flight(["/_not-found"], {}, "static/chunks/app/_not-found-6a1f.js"))


# --- the site -------------------------------------------------------------------------------------

_PDFS = {"/assets/tb-125-tuyen-sinh-bo-sung.pdf", "/assets/102-kh-mnhm-ke-hoach-giao-duc.pdf"}


def _sitemap(request: Request) -> Response:
    base = base_url(request)
    routes = ["/", "/gioi-thieu", "/tin-tuc", *(f"/danh-muc/{c}" for c in CATS), "/thu-vien-anh", "/video", "/van-ban", "/lien-he"]
    urls = "".join(
        f"<url><loc>{base}{r}</loc><lastmod>2026-09-02T08:14:51.212Z</lastmod><changefreq>weekly</changefreq></url>"
        for r in routes
    )
    body = f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    return Response(200, body, {"Content-Type": "application/xml"})


class ContentfulNextSite:
    """Routes as the App Router's file tree does."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/_next/image"):
            return static_file("/x.jpg") if request.params.get("url", "").startswith("https://images.ctfassets.net/") else None
        if path.startswith(("/_next/static/", "/images/")) or path == "/favicon.ico":
            return static_file(path)
        if path in _PDFS:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path == "/robots.txt":
            return Response(200, f"User-agent: *\nAllow: /\nDisallow: /api/\n\nSitemap: {base_url(request)}/sitemap.xml\n", {"Content-Type": "text/plain"})
        if path == "/sitemap.xml":
            return _sitemap(request)
        if request.method == "POST" and path in ("/api/binh-chon", "/api/lien-he"):
            return Response(200, '{"ok":true}', {"Content-Type": "application/json"})
        if len(path) > 1 and path.endswith("/"):
            target = path.rstrip("/") + (f"?{request.query}" if request.query else "")
            return redirect(target, 308)
        if path == "/":
            return home_page(request)
        if path == "/tin-tuc":
            news = _sorted([s for s in STORIES if s.cat in NEWS_CATS])
            return listing_page(request, "Tin tức - Sự kiện", news, [("Trang chủ", "/"), ("Tin tức", None)])
        if path.startswith("/danh-muc/"):
            cat = path[len("/danh-muc/") :]
            if cat not in CATS:
                return not_found(request)
            name, parent, parent_href = CATS[cat]
            crumbs = [("Trang chủ", "/")]
            if parent_href != path:
                crumbs.append((parent, parent_href))
            crumbs.append((name, None))
            stories = _sorted([s for s in STORIES if s.cat == cat])
            return listing_page(request, name, stories, crumbs, chips=cat in NEWS_CATS)
        if path.startswith("/bai-viet/"):
            slug = path[len("/bai-viet/") :].lower()
            if slug == VIDEO_SLUG:
                return video_page(request)
            story = BY_SLUG.get(slug)
            return article_page(request, story) if story else not_found(request)
        pages = {
            "/gioi-thieu": intro_page,
            "/lien-he": contact_page,
            "/thuc-don": menu_page,
            "/van-ban": doc_list,
            "/tim-kiem": search_page,
            f"/thu-vien-anh/{ALBUM_SLUG}": album_page,
            f"/van-ban/{DOC_SLUG}": doc_page,
        }
        if path in pages:
            return pages[path](request)
        if path == "/thu-vien-anh":
            return gallery_list(request, "album")
        if path == "/video":
            return gallery_list(request, "video")
        return None


def build_site() -> ContentfulNextSite:
    return ContentfulNextSite()


# --- gold -----------------------------------------------------------------------------------------

_ALT = {
    A2.slug: ["/bai-viet/Cac-be-to-chuc-chuc-mung-ngay-Phu-nu-Viet-Nam-20-10"],
    C1.slug: [f"/bai-viet/{C1.slug}?utm_source=website&utm_medium=banner&utm_campaign=tuyensinh2026"],
}

GOLD = [
    gold_record(
        s,
        f"/bai-viet/{s.slug}",
        CATS[s.cat][0],
        canonical_path=f"/bai-viet/{s.slug}",
        alt_paths=_ALT.get(s.slug, []),
    )
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/thuc-don",
    f"/thu-vien-anh/{ALBUM_SLUG}",
    f"/bai-viet/{VIDEO_SLUG}",
    f"/van-ban/{DOC_SLUG}",
]
