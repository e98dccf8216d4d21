"""Hashnode blog on a school's own domain: "Bản tin THPT Lê Lợi" (Trường THPT Lê Lợi, Quảng Trị).

Platform
--------
A Hashnode publication served on the school's domain (blog.thptleloi.edu.vn): Next.js pages
router, each page server-rendered with its data repeated in ``<script id="__NEXT_DATA__">``
(``pageProps.post`` / ``pageProps.staticPage`` / ``pageProps.publication.posts``), JSON-LD
``BlogPosting`` on posts, Tailwind utility classes and a few hashed ``css-…`` class names. The
UI strings are Hashnode's English ("Load more", "min read", "Written by", "Subscribe to our
newsletter", "More articles"); the content is Vietnamese, written in Hashnode's markdown editor
(headings with ``id="heading-…"``, callouts ``data-node-type="callout"``, bare superscript
footnotes, tables in ``div.hn-table``) plus the raw HTML the teachers paste into it.

URL scheme
----------
- ``/``                      home: pinned post, first 6 posts of the feed, "Load more" button
- ``/?page=N``               server-rendered fallback of "Load more" (N = 2, 3), linked only from a
                             ``<noscript>`` under the button on ``/``; its own pager links next/prev
- ``/api/feed?first=6&after=<cursor>``  the JSON (GraphQL-shaped) the button fetches; the first
                             cursor is in ``__NEXT_DATA__`` and in the button's ``data-after``
- ``/<slug>``                a post, and also a static page (Hashnode "pages": intro, contact, staff)
- ``/<slug>?source=more_articles_bottom_blogs`` / ``?source=more_series_bottom_blogs``  the same
                             post, linked from the "More articles" / series boxes under a post
- ``/series/<slug>``         a series (all its posts, oldest first)
- ``/tag/<slug>`` (+ ``?page=2``)  a tag listing, 4 posts a page, fallback pager in ``<noscript>``
- ``/newsletter``            Hashnode's newsletter sign-up page
- ``/rss.xml``, ``/sitemap.xml``, ``/robots.txt``; images under ``/res/hashnode/image/upload/…``
  (the custom domain proxies Hashnode's CDN), scripts under ``/_next/static/…``
- ``/hoc-sinh-lop-11a2-gianh-giai-nhi-cuoc-thi-khkt-cap-tinh`` (old slug, only in the sitemap)
  308-redirects to the renamed post; ``/thong-bao-nghi-hoc-tranh-bao-so-12`` (sitemap only) is
  a deleted post: 404.

Page templates
--------------
Every page: announcement bar with the day ("Thứ Bảy, 05/12/2026") and hotline, header with logo,
navbar (Trang chủ, Tin tức, Thông báo, Đoàn – Hội, Chuyên môn, "More" drop-down with the series,
Ảnh – Video, Giới thiệu, Đội ngũ giáo viên, Liên hệ), Subscribe button, footer (address, phone,
email, ©, "Powered by Hashnode"). A post: cover image, h1 title, optional h2 subtitle, author row
(avatar, account name(s), UTC day "Dec 1, 2026", "N min read", views), series box, optional
"Table of contents", ``#post-content-wrapper`` (the rendered markdown, which ends with the
school's embedded widget ``%%[thong-tin-truong]``: hotline and visitor counter), footnotes, tags,
reactions, newsletter box, "Written by" author card(s), "More articles" (3 latest posts) and,
for series posts, the series list; some posts have server-rendered comments.

How each gold article is reached
--------------------------------
Feed order (newest first, the pinned notice excluded): le-tong-ket, chuc-mung-hsg, bai-3,
album (non-article), video (non-article), ky-niem-20-11 | page 2: goc-sach-xanh, bai-2, khkt,
bai-1, ngoai-khoa-atgt, du-an-lich-su | page 3: day-them-hoc-them, hoi-nghi-cmhs.
- the pinned notice (lịch kiểm tra HK I): home page (pinned), /tag/thong-bao
- le-tong-ket-hoi-khoe-phu-dong, chuc-mung-hsg, bai-3, ky-niem-20-11: home page 1
- the series posts: /series/on-thi-tot-nghiep-thpt-2027, /tag/chuyen-mon
- goc-sach-xanh, ngoai-khoa-atgt: /tag/doan-hoi and home page 2
- khkt (renamed): /tag/tin-tuc page 1, home page 2
- day-them-hoc-them: /tag/thong-bao, home page 3
- hoi-nghi-cmhs (the oldest): only /?page=3, /tag/tin-tuc?page=2 (both behind ``<noscript>``
  links), the JSON API and the sitemap

Traps
-----
1. Static pages share the posts' URL space: /gioi-thieu, /lien-he, /doi-ngu-giao-vien are
   ``/<slug>`` pages with an h1 and prose (the staff page even a table) but no date and no
   author -> NON_ARTICLES.
2. Posts that are not articles: a video post (one YouTube embed and a line) and a photo album
   post ("Album ảnh: …", a line and six captioned photos) have the post template, date, author
   card and tags -> NON_ARTICLES, not gold.
3. "Load more": older posts come from ``/api/feed`` (JSON with slugs) or the server-rendered
   ``/?page=N`` whose only link sits in ``<noscript>``; tag page 2 the same. The oldest post is
   only there (and in the sitemap) -> it is gold, at its plain path.
4. Duplicate URLs: "More articles" links carry ``?source=more_articles_bottom_blogs``, the series
   box ``?source=more_series_bottom_blogs``; same page, ``<link rel=canonical>`` to the plain path
   -> one record each, the variants in ``alt_paths``.
5. The SSR prints the day in UTC ("Dec 1, 2026" for a post published 06:40 on 2 Dec in Vietnam);
   the exact time is in JSON-LD ``datePublished`` / ``__NEXT_DATA__`` ``publishedAt`` ("…Z")
   -> published_at is that instant in +07:00 ("2026-12-02T06:40:00+07:00"). Comments and the
   header print other days: never the date.
6. Hashnode's subtitle (``h2`` under the title) is the sapo -> summary and the body's first
   paragraph; a bold first paragraph is one too. ``<meta name=description>`` / the listing
   ``brief`` (auto-cut first 150 characters, "…") is not a sapo -> null where there is no
   subtitle/bold lead.
7. Bylines: the author row/JSON-LD/"Written by" name the CMS account "Quản trị viên"
   (@thptleloi) -> nobody; the real signature is the last line of the text ("Tin, ảnh: X",
   "Tin: X - Ảnh: Y", "Thanh Tâm (Chi đoàn 10A5)" -> Thanh Tâm, "Phương Thảo – Tổ Văn phòng" ->
   Phương Thảo, a right-aligned "Tổ Văn phòng" alone -> as printed, "BBT" -> nobody; photos
   credited "Ảnh: Võ Thị Hạnh" -> photographer, no caption). Teacher accounts are people: their
   display name without "ThS." is the author; a co-authored post has two.
8. Chrome inside the text: the school's widget embedded at the end of every post's content
   (hotline, "Đang online / Hôm nay / Tổng truy cập"), the "Table of contents" box repeating
   the headings, callout emoji (💡, 📢: the callout's text is body), the newsletter box, the author card's bio, comments
   -> none of it is body.
9. Footnotes: calls are bare superscript numbers linking to ``#fn-N`` (not body: they would glue
   to the word); the notes, printed after the widget under an ``<hr>`` with "↩" back-links, are
   body (without the "↩").
10. A post republished from the Sở GD&ĐT website has ``<link rel=canonical>`` to that other host
    -> still this site's article at its own path (canonical_path = path); its closing line
    "Theo Sở GD&ĐT Quảng Trị" -> source. Body sentences starting "Theo kết quả …", "Theo đó, …",
    "Theo em …" elsewhere are text, and no post but this one has a source.
11. The pinned notice is a pasted official document: letterhead table, "Số: …", "Quảng Trị,
    ngày 30 tháng 11 năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận" and "HIỆU TRƯỞNG (Đã ký)
    Nguyễn Đình Khánh" -> not body; published_at "2026-11-30" (posted 1 Dec); author the signer.
12. Images: the page prints the custom domain's proxied paths (``/res/hashnode/image/upload/…
    ?auto=compress,format&format=webp``), og:image and JSON-LD name cdn.hashnode.com, listings
    print the same cover with a thumbnail query -> gold images are the ``<img>`` paths of the
    post page as printed (cover with its cover query). ``dateModified``/``updatedAt`` exist for
    two posts: never the date.
13. A stale sitemap: the old slug of a renamed post (308 to the new one) and a deleted post (404);
    the three newest posts are missing from it.
14. Text as pasted: one article's paragraphs in NFD (typed on a Mac), ``&nbsp;`` runs, a ``<br>``
    splitting "Giai đoạn 1: … / Giai đoạn 2: …" into two paragraphs; an emoji in a title is kept.

Gold decisions on ambiguous points
----------------------------------
- published_at: the page prints only a day (in UTC) but carries the instant in JSON-LD and
  ``__NEXT_DATA__``; the gold is that instant in Asia/Ho_Chi_Minh with its time. The official
  notice is dated by its letterhead (house rule). (Harmonised after the blind round with the
  house's convention, tests/portals/README.md: a time only in JSON-LD is machine data, not a
  time the page prints; the gold is the printed day read in the site's zone, "Dec 1, 2026" of a
  post at 06:40 on the 2nd being the 2nd: ``_day_printed``.)
- category: Hashnode has no categories; a post's first tag is the navbar item it is filed under,
  printed with the same label ("Tin tức", "Thông báo", "Đoàn – Hội", "Chuyên môn"). Series posts
  keep their tag ("Chuyên môn"), not the series name.
- images: the cover printed above the title is the article's first photo (caption None); its
  listing thumbnails elsewhere are not. Photos in the text follow with the ``<em>`` line printed
  under them as caption ("Ảnh: X" alone -> None, with X a photographer).
- the video and album posts are not articles even though the platform treats them as posts.
- canonical_path is the post's own path, also for the post whose canonical names another host.
- Footnote entries are body, after the text, in their order; the "↩" links are not text.
"""

from __future__ import annotations

import base64
import json
import re
from datetime import UTC, datetime, timedelta, timezone

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "hashnode_thpt"
PLATFORM = "Hashnode blog (Next.js, custom domain)"
START_PATH = "/"

ICT = timezone(timedelta(hours=7))
TODAY_LINE = "Thứ Bảy, 05/12/2026"
PUB_TITLE = "Bản tin THPT Lê Lợi"
PUB_ID = "65f1c0a2e4b7d93a1c8e2f40"
BUILD_ID = "hn-blog-2026.11.3-x8Kq2"
HOST_NAME = "blog.thptleloi.edu.vn"
PAGE_SIZE = 6
TAG_PAGE_SIZE = 4
SOURCE_MORE = "more_articles_bottom_blogs"
SOURCE_SERIES = "more_series_bottom_blogs"
IMG = "/res/hashnode/image/upload"
Q = "?auto=compress,format&format=webp"
COVER_Q = "?w=1600&h=840&fit=crop&crop=entropy&auto=compress,format&format=webp"
THUMB_Q = "?w=400&h=210&fit=crop&crop=entropy&auto=compress,format&format=webp"
AVATAR_Q = "?w=200&h=200&fit=crop&crop=faces&auto=compress,format&format=webp"

# --- accounts, tags, series ----------------------------------------------------------------

ACCOUNTS = {
    "admin": {
        "id": "65f1c09be4b7d93a1c8e2f3b",
        "name": "Quản trị viên",
        "username": "thptleloi",
        "bio": "Tài khoản đăng tin của Tổ Truyền thông – Trường THPT Lê Lợi, tỉnh Quảng Trị. Mọi ý kiến đóng góp xin gửi về hộp thư c3leloi@quangtri.edu.vn.",
        "avatar": f"{IMG}/v1710488123456/0bX7f3kQ1.png",
    },
    "huong": {
        "id": "65f2a11de4b7d93a1c8e3a01",
        "name": "ThS. Trần Thị Thanh Hương",
        "username": "thanhhuong-nguvan",
        "bio": "Giáo viên Ngữ văn, Tổ trưởng Tổ Ngữ văn. Mê sách cũ, hoa giấy và những bài văn có giọng riêng.",
        "avatar": f"{IMG}/v1711003322110/Hq9pLm2ZA.jpeg",
    },
    "loc": {
        "id": "65f2a7c4e4b7d93a1c8e3b77",
        "name": "Phạm Văn Lộc",
        "username": "locpham-toan",
        "bio": "Giáo viên Toán. Tin rằng học sinh nào cũng giải được bài toán thực tế nếu chịu vẽ hình.",
        "avatar": f"{IMG}/v1711102233445/Tt4kW8nRe.jpeg",
    },
    "ngoc": {
        "id": "65f2a8d0e4b7d93a1c8e3b90",
        "name": "Nguyễn Thị Bích Ngọc",
        "username": "bichngoc-toan",
        "bio": "Giáo viên Toán, phụ trách đội tuyển học sinh giỏi lớp 11.",
        "avatar": f"{IMG}/v1711102299881/Ng0cB1chQ.jpeg",
    },
    "phuong": {
        "id": "65f2b5aae4b7d93a1c8e3c12",
        "name": "Đặng Thu Phương",
        "username": "thuphuong-english",
        "bio": "English teacher · IELTS 8.0 · Tổ Ngoại ngữ THPT Lê Lợi.",
        "avatar": f"{IMG}/v1711203344556/Ph9uOnG7x.jpeg",
    },
    "quan": {
        "id": "65f2c012e4b7d93a1c8e3d45",
        "name": "Lê Minh Quân",
        "username": "minhquan-doantruong",
        "bio": "Bí thư Đoàn trường THPT Lê Lợi nhiệm kỳ 2025 – 2027.",
        "avatar": f"{IMG}/v1711304455667/Qu4nLeM1n.jpeg",
    },
    "hung": {
        "id": "65f2c3b9e4b7d93a1c8e3e02",
        "name": "Lê Văn Hùng",
        "username": "hungle-lichsu",
        "bio": "Giáo viên Lịch sử, thích kể chuyện lịch sử bằng bản đồ và những chuyến đi thực tế.",
        "avatar": f"{IMG}/v1711405566778/Hu9nGL3vN.jpeg",
    },
}

#: tag slug -> name as the navbar and the post's tag pills print it
TAGS = {
    "tin-tuc": "Tin tức",
    "thong-bao": "Thông báo",
    "doan-hoi": "Đoàn – Hội",
    "chuyen-mon": "Chuyên môn",
    "anh-video": "Ảnh – Video",
    "hoc-sinh-gioi": "Học sinh giỏi",
    "on-thi-tn": "Ôn thi tốt nghiệp",
}
SERIES_SLUG = "on-thi-tot-nghiep-thpt-2027"
SERIES_NAME = "Ôn thi tốt nghiệp THPT 2027"
SERIES_DESC = "Chuỗi bài chia sẻ kinh nghiệm ôn thi tốt nghiệp THPT năm 2027 của các tổ chuyên môn."

COMMENTS = {
    "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11": [
        ("Nguyễn Văn Bình", "binhnv1979", "2026-11-20T12:05:00+07:00", "Xúc động quá! Chúc thầy cô trường Lê Lợi luôn mạnh khỏe, hạnh phúc và tâm huyết với nghề."),
        ("Trần Thị Mỹ Hạnh", "myhanh-k28", "2026-11-21T07:40:00+07:00", "Cựu học sinh khóa 2008 – 2011 xin gửi lời tri ân đến cô Hồng Vân và các thầy cô tổ Hóa ạ."),
    ],
    "on-thi-tot-nghiep-thpt-2027-bai-3-doc-hieu-tieng-anh": [
        ("Hoàng Gia Bảo", "giabao12a5", "2026-11-30T21:12:00+07:00", "Cô ơi, tài liệu luyện đọc theo chủ đề có bản in ở thư viện không ạ?"),
    ],
}


def _cover(name: str) -> Img:
    return Img(f"{IMG}/{name}{COVER_Q}", None, None, "cover")


def _pic(name: str, printed: str | None, caption: str | None, style: str = "next") -> Img:
    return Img(f"{IMG}/{name}{Q}", printed, caption, style)


def _post(sid, slug, title, cat_tag, posted, blocks, *, gold_date=None, account="admin", **kw) -> Story:
    opts = {
        "posted": posted,
        "account": account,
        "coauthors": kw.pop("coauthors", []),
        "tags": [cat_tag, *kw.pop("more_tags", [])],
        "series": kw.pop("series", None),
        "toc": kw.pop("toc", False),
        "canonical_ext": kw.pop("canonical_ext", None),
        "footnotes": kw.pop("footnotes", []),
        "fncalls": kw.pop("fncalls", {}),
        "nfd": kw.pop("nfd", False),
        "updated": kw.pop("updated", None),
        "reactions": 7 + (sid * 13) % 41,
    }
    return Story(
        id=sid,
        slug=slug,
        title=title,
        cat=TAGS[cat_tag],
        published_at=gold_date if gold_date is not None else posted,
        blocks=blocks,
        opts=opts,
        **kw,
    )


_LETTERHEAD = Raw(
    '<div class="hn-table"><table><tbody><tr>'
    '<td><p>SỞ GD&amp;ĐT QUẢNG TRỊ<br><strong>TRƯỜNG THPT LÊ LỢI</strong></p>'
    "<p>Số: 112/TB-THPTLL</p></td>"
    "<td><p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>"
    "<strong>Độc lập - Tự do - Hạnh phúc</strong></p>"
    "<p><em>Quảng Trị, ngày 30 tháng 11 năm 2026</em></p></td>"
    "</tr></tbody></table></div>\n"
    '<p align="center"><strong>THÔNG BÁO</strong><br>'
    "<strong>Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 – 2027</strong></p>"
)
_NOTICE_CLOSING = Raw(
    '<div class="hn-table"><table><tbody><tr>'
    "<td><p><strong><em>Nơi nhận:</em></strong><br>- Các tổ chuyên môn;<br>- GVCN các lớp;<br>"
    "- Đăng blog trường;<br>- Lưu: VT.</p></td>"
    '<td><p align="center"><strong>HIỆU TRƯỞNG</strong><br><em>(Đã ký)</em><br><br>'
    "<strong>Nguyễn Đình Khánh</strong></p></td>"
    "</tr></tbody></table></div>"
)
_YT_KHKT = "https://youtu.be/q7Lh2cVt0sE"
_YT_VIDEO = "https://youtu.be/Xy3mN0aQk2w"


def _embed(url: str) -> Raw:
    return Raw(
        '<div class="embed-wrapper"><div class="embed-loading"><div class="loadingRow"></div>'
        f'<div class="loadingRow"></div></div><a class="embed-card" href="{url}">{url}</a></div>'
    )


STORIES: list[Story] = [
    _post(
        1,
        "le-tong-ket-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
        "Lễ tổng kết Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027",
        "tin-tuc",
        "2026-12-04T17:30:00+07:00",
        [
            _cover("v1764844200311/HkPd7tKet.jpeg"),
            P("Hội khỏe Phù Đổng cấp trường năm nay diễn ra từ ngày 16/11 đến ngày 03/12/2026 với 7 môn thi đấu: bóng đá nam, bóng chuyền nam, bóng chuyền nữ, cầu lông, cờ vua, điền kinh và kéo co. Đây là hoạt động thường niên nhằm đẩy mạnh phong trào rèn luyện thân thể theo gương Bác Hồ vĩ đại, đồng thời phát hiện, tuyển chọn vận động viên tham dự Hội khỏe Phù Đổng cấp tỉnh."),
            P("Phát biểu tại buổi lễ, thầy Nguyễn Đình Khánh, Hiệu trưởng nhà trường ghi nhận tinh thần thi đấu trung thực, cao thượng của các vận động viên và sự cổ vũ nhiệt tình, văn minh của các cổ động viên. Thầy cũng lưu ý các lớp tiếp tục duy trì việc tập luyện thể dục thể thao thường xuyên, kết hợp hài hòa giữa học tập và rèn luyện sức khỏe."),
            _pic("v1764844311420/Tk1Hp8Dq2.jpeg", "Thầy Nguyễn Đình Khánh, Hiệu trưởng nhà trường phát biểu tổng kết Hội khỏe Phù Đổng", "Thầy Nguyễn Đình Khánh, Hiệu trưởng nhà trường phát biểu tổng kết Hội khỏe Phù Đổng"),
            P("Kết quả toàn đoàn", "h2"),
            P("Thứ hạng | Khối 10 | Khối 11 | Khối 12", "th"),
            P("Nhất | 10A1 | 11A2 | 12A4", "tr"),
            P("Nhì | 10A5 | 11A1 | 12A1", "tr"),
            P("Ba | 10A3 | 11A6 | 12A7", "tr"),
            P("Ban tổ chức đã trao 21 giải nhất, 21 giải nhì, 35 giải ba cho các cá nhân và tập thể, cùng 3 giải toàn đoàn theo khối. Em Hồ Thị Mỹ Duyên (lớp 11A2) giành 2 huy chương vàng ở nội dung chạy 100 m và nhảy xa nữ, được chọn vào đội tuyển điền kinh của trường."),
            _pic("v1764844377009/Tk2Gi4Tw9.jpeg", "Ban tổ chức trao giải toàn đoàn cho các lớp", "Ban tổ chức trao giải toàn đoàn cho các lớp"),
            Raw("<p><strong><em>Tin, ảnh: Hoàng Thị Thu Trang</em></strong></p>"),
        ],
        summary="Chiều 04/12, Trường THPT Lê Lợi tổ chức lễ tổng kết và trao giải Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027 với sự tham gia của hơn 600 vận động viên đến từ 36 lớp.",
        sapo_outside=True,
        authors=["Hoàng Thị Thu Trang"],
        photographers=["Hoàng Thị Thu Trang"],
    ),
    _post(
        2,
        "chuc-mung-12-hoc-sinh-dat-giai-hsg-van-hoa-cap-tinh-lop-12",
        "🎉 Chúc mừng 12 học sinh đạt giải kỳ thi chọn học sinh giỏi văn hóa cấp tỉnh lớp 12",
        "tin-tuc",
        "2026-12-02T06:40:00+07:00",
        [
            _cover("v1764632400555/HsG12cHuc.png"),
            P("Kỳ thi chọn học sinh giỏi văn hóa cấp tỉnh lớp 12 năm học 2026 – 2027 vừa khép lại, Trường THPT Lê Lợi có 12/15 học sinh dự thi đạt giải, trong đó có 1 giải Nhất, 3 giải Nhì, 4 giải Ba và 4 giải Khuyến khích.", "bold"),
            P("Theo kết quả Sở GD&ĐT Quảng Trị công bố ngày 30/11/2026, đội tuyển của trường xếp thứ 4/38 đơn vị trong toàn tỉnh, tăng 3 bậc so với năm học trước."),
            P("Danh sách học sinh đạt giải", "h3"),
            P("TT | Họ và tên | Lớp | Môn | Giải", "th"),
            P("1 | Trần Ngọc Bảo Anh | 12A1 | Ngữ văn | Nhất", "tr"),
            P("2 | Lê Quang Huy | 12A2 | Toán | Nhì", "tr"),
            P("3 | Nguyễn Thị Khánh Linh | 12A1 | Tiếng Anh | Nhì", "tr"),
            P("4 | Phan Đức Mạnh | 12A3 | Vật lí | Nhì", "tr"),
            P("5 | Võ Thị Thu Hiền | 12A2 | Hóa học | Ba", "tr"),
            P("6 | Hồ Ngọc Tú | 12A3 | Tin học | Ba", "tr"),
            P("7 | Đặng Minh Châu | 12A5 | Lịch sử | Ba", "tr"),
            P("8 | Nguyễn Hoàng Yến | 12A6 | Địa lí | Ba", "tr"),
            P("Ngoài ra, 4 em đạt giải Khuyến khích ở các môn Sinh học, Giáo dục kinh tế và pháp luật, Ngữ văn và Toán."),
            P("Các em đạt giải Nhất, Nhì được xét chọn vào đội tuyển dự thi học sinh giỏi quốc gia của tỉnh và được ưu tiên xét tuyển thẳng vào một số trường đại học.", "callout:💡"),
            P("Thay mặt Ban Giám hiệu, thầy Hiệu trưởng chúc mừng các em học sinh và các thầy cô giáo bồi dưỡng đội tuyển, đồng thời đề nghị các tổ chuyên môn rút kinh nghiệm, xây dựng kế hoạch bồi dưỡng học sinh giỏi lớp 10, 11 ngay từ đầu năm học."),
            Raw('<p align="right"><strong>Tổ Văn phòng</strong></p>'),
        ],
        more_tags=["hoc-sinh-gioi"],
        summary="Kỳ thi chọn học sinh giỏi văn hóa cấp tỉnh lớp 12 năm học 2026 – 2027 vừa khép lại, Trường THPT Lê Lợi có 12/15 học sinh dự thi đạt giải, trong đó có 1 giải Nhất, 3 giải Nhì, 4 giải Ba và 4 giải Khuyến khích.",
        authors=["Tổ Văn phòng"],
    ),
    _post(
        3,
        "thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027",
        "thong-bao",
        "2026-12-01T08:15:00+07:00",
        [
            _LETTERHEAD,
            P("Căn cứ Kế hoạch số 87/KH-THPTLL ngày 05/9/2026 của Trường THPT Lê Lợi về thực hiện nhiệm vụ năm học 2026 – 2027;"),
            P("Căn cứ tình hình thực tế của đơn vị, Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027 như sau:"),
            P("1. Thời gian kiểm tra: từ ngày 21/12/2026 đến ngày 26/12/2026."),
            P("2. Hình thức: kiểm tra tập trung theo khối đối với các môn Ngữ văn, Toán, Tiếng Anh; các môn còn lại kiểm tra tại lớp theo thời khóa biểu."),
            P("3. Lịch kiểm tra tập trung:"),
            P("Ngày | Buổi | Khối 10 | Khối 11 | Khối 12", "th"),
            P("21/12/2026 | Sáng | Ngữ văn (90 phút) | Ngữ văn (90 phút) | Ngữ văn (90 phút)", "tr"),
            P("22/12/2026 | Sáng | Toán (90 phút) | Toán (90 phút) | Toán (90 phút)", "tr"),
            P("23/12/2026 | Sáng | Tiếng Anh (60 phút) | Tiếng Anh (60 phút) | Tiếng Anh (60 phút)", "tr"),
            P("4. Các tổ chuyên môn nộp đề kiểm tra, ma trận và bản đặc tả về Phó Hiệu trưởng phụ trách chuyên môn trước ngày 14/12/2026."),
            P("Giáo viên chủ nhiệm phổ biến lịch kiểm tra đến học sinh và cha mẹ học sinh; nhắc nhở học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh."),
            P("Nhận được thông báo này, đề nghị các tổ chuyên môn, giáo viên và học sinh nghiêm túc thực hiện./."),
            _NOTICE_CLOSING,
        ],
        gold_date="2026-11-30",
        authors=["Nguyễn Đình Khánh"],
    ),
    _post(
        4,
        "ngoai-khoa-tuoi-tre-voi-van-hoa-giao-thong",
        "Ngoại khóa “Tuổi trẻ với văn hóa giao thông” thu hút hơn 900 đoàn viên",
        "doan-hoi",
        "2026-10-18T15:20:00+07:00",
        [
            _cover("v1760775600123/AtGt0Dv9k.jpeg"),
            P("Sáng 18/10, Đoàn trường THPT Lê Lợi phối hợp với Đội Cảnh sát giao thông – Công an phường Đông Hà tổ chức buổi ngoại khóa “Tuổi trẻ với văn hóa giao thông” cho hơn 900 đoàn viên, học sinh toàn trường."),
            P("Tại buổi ngoại khóa, Thượng úy Trần Văn Phước đã phổ biến những điểm mới của Luật Trật tự, an toàn giao thông đường bộ, các lỗi vi phạm thường gặp ở lứa tuổi học sinh như không đội mũ bảo hiểm, đi xe đạp điện dàn hàng ngang, chở quá số người quy định và điều khiển xe máy khi chưa đủ tuổi."),
            _pic("v1760775700456/AtGt1Pq3r.jpeg", "Ảnh: Võ Thị Hạnh", None),
            P("Phần giao lưu, trả lời câu hỏi trắc nghiệm trên sân khấu diễn ra sôi nổi. Nhiều tình huống thực tế được các chi đoàn thể hiện qua tiểu phẩm, trong đó tiểu phẩm “Chuyến xe không mũ” của chi đoàn 11A4 để lại nhiều ấn tượng."),
            P("Từ ngày 01/11/2026, học sinh đi xe đạp điện, xe máy điện đến trường phải gửi xe đúng khu vực quy định và đội mũ bảo hiểm đạt chuẩn. Đoàn trường sẽ thành lập đội thanh niên xung kích kiểm tra hằng ngày.", "callout:📢"),
            _pic("v1760775800789/AtGt2Wm5s.jpeg", "Ảnh: Võ Thị Hạnh", None),
            P("Kết thúc buổi ngoại khóa, 100% đoàn viên đã ký cam kết chấp hành nghiêm các quy định về an toàn giao thông."),
        ],
        account="quan",
        authors=["Lê Minh Quân"],
        photographers=["Võ Thị Hạnh"],
    ),
    _post(
        5,
        "on-thi-tot-nghiep-thpt-2027-bai-1-chien-luoc-lam-bai-mon-ngu-van",
        "Ôn thi tốt nghiệp THPT 2027 (Bài 1): Chiến lược làm bài môn Ngữ văn theo định dạng mới",
        "chuyen-mon",
        "2026-10-25T20:00:00+07:00",
        [
            _cover("v1761397200222/NgVn1bAi1.png"),
            P("Cấu trúc đề thi", "h2"),
            P("Đề thi gồm hai phần: Đọc hiểu (4,0 điểm) và Viết (6,0 điểm). Phần Viết có một câu nghị luận văn học khoảng 200 chữ và một câu nghị luận xã hội khoảng 600 chữ."),
            P("Phân bổ thời gian hợp lý", "h2"),
            P("Đọc kĩ đề và gạch chân từ khóa: 5 phút.", "oli"),
            P("Làm phần Đọc hiểu: 25 – 30 phút.", "oli"),
            P("Viết đoạn văn nghị luận văn học: 25 phút.", "oli"),
            P("Viết bài văn nghị luận xã hội: 50 – 55 phút.", "oli"),
            P("Đọc lại, sửa lỗi chính tả, diễn đạt: 5 phút.", "oli"),
            P("Những lỗi học sinh hay mắc", "h2"),
            P("Lỗi phổ biến nhất là viết đoạn văn quá dài so với yêu cầu, lạc sang kể lại nội dung văn bản thay vì phân tích. Ở bài nghị luận xã hội, nhiều em chỉ nêu ý chung chung, thiếu dẫn chứng cụ thể, gần gũi với đời sống học sinh."),
            P("Đọc thật nhiều, viết thật nhiều và quan trọng nhất là tự đặt câu hỏi “tại sao” với mỗi văn bản mình đọc.", "quote"),
            P("Trong các bài tiếp theo của chuỗi bài viết, các thầy cô Tổ Toán và Tổ Ngoại ngữ sẽ chia sẻ kinh nghiệm ôn tập các môn thi bắt buộc và tự chọn còn lại."),
        ],
        account="huong",
        more_tags=["on-thi-tn"],
        series=SERIES_SLUG,
        toc=True,
        summary="Từ năm 2025, đề thi tốt nghiệp THPT môn Ngữ văn sử dụng ngữ liệu hoàn toàn ngoài sách giáo khoa. Bài viết chia sẻ cách phân bổ 120 phút làm bài và những lưu ý để đạt điểm cao.",
        sapo_outside=True,
        authors=["Trần Thị Thanh Hương"],
    ),
    _post(
        6,
        "on-thi-tot-nghiep-thpt-2027-bai-2-loi-thuong-gap-bai-toan-thuc-te",
        "Ôn thi tốt nghiệp THPT 2027 (Bài 2): Những lỗi thường gặp khi giải bài toán thực tế",
        "chuyen-mon",
        "2026-11-08T21:30:00+07:00",
        [
            P("Đề thi tốt nghiệp THPT môn Toán theo Chương trình giáo dục phổ thông 2018 tăng mạnh tỉ lệ câu hỏi gắn với thực tiễn. Qua chấm bài kiểm tra thử của khối 12, tổ Toán nhận thấy học sinh thường mất điểm ở ba nhóm lỗi chính."),
            P("1. Không đổi đơn vị", "h3"),
            P("Nhiều bài toán cho dữ kiện bằng centimét nhưng yêu cầu kết quả bằng mét khối, hoặc cho vận tốc theo km/h nhưng thời gian tính bằng phút. Học sinh cần viết rõ đơn vị ở mỗi bước tính."),
            P("2. Làm tròn quá sớm", "h3"),
            P("Làm tròn kết quả trung gian khiến đáp án cuối cùng lệch khỏi phương án đúng, đặc biệt với dạng câu hỏi trả lời ngắn yêu cầu làm tròn đến hàng phần trăm."),
            P("3. Đọc sai mô hình", "h3"),
            P("Với các bài lãi suất ngân hàng, học sinh hay nhầm giữa lãi đơn và lãi kép; với các bài tối ưu chi phí, nhiều em quên điều kiện xác định của biến."),
            _pic("v1762612200333/ToAn2oNtaP.jpeg", "Học sinh lớp 12A3 trong giờ ôn tập chuyên đề toán thực tế", "Học sinh lớp 12A3 trong giờ ôn tập chuyên đề toán thực tế"),
            P("Tổ Toán đã biên soạn bộ 60 bài tập toán thực tế có lời giải chi tiết, học sinh có thể nhận tại thư viện nhà trường hoặc tải về qua nhóm Zalo của lớp."),
            P("Bộ GD&ĐT, Cấu trúc định dạng đề thi tốt nghiệp THPT từ năm 2025, ban hành kèm Quyết định số 764/QĐ-BGDĐT.", "fn"),
            P("Số liệu của tổ Toán: 38% bài làm câu 4 phần III của đề kiểm tra thử bị trừ điểm do làm tròn sai.", "fn"),
        ],
        account="loc",
        coauthors=["ngoc"],
        more_tags=["on-thi-tn"],
        series=SERIES_SLUG,
        fncalls={
            "Đề thi tốt nghiệp THPT môn Toán": ("gắn với thực tiễn", 1),
            "Làm tròn kết quả trung gian": ("hàng phần trăm", 2),
        },
        authors=["Phạm Văn Lộc", "Nguyễn Thị Bích Ngọc"],
    ),
    _post(
        7,
        "on-thi-tot-nghiep-thpt-2027-bai-3-doc-hieu-tieng-anh",
        "Ôn thi tốt nghiệp THPT 2027 (Bài 3): Học Tiếng Anh qua đề minh họa – phần đọc hiểu",
        "chuyen-mon",
        "2026-11-29T19:45:00+07:00",
        [
            _cover("v1764420300444/EnG3rEaDk.png"),
            P("Nhận diện các dạng câu hỏi", "h2"),
            P("Câu hỏi ý chính (main idea) – thường đọc câu chủ đề của mỗi đoạn.", "li"),
            P("Câu hỏi chi tiết (detail) – đối chiếu từ khóa trong câu hỏi với bài đọc.", "li"),
            P("Câu hỏi từ vựng trong ngữ cảnh (vocabulary in context).", "li"),
            P("Câu hỏi suy luận (inference) – dạng khó nhất, cần loại trừ phương án.", "li"),
            P("Luyện tập mỗi ngày 20 phút", "h2"),
            P("Học sinh nên chọn các bài đọc ngắn về chủ đề môi trường, công nghệ, giáo dục – những chủ đề thường xuất hiện trong đề minh họa – và tự đặt giới hạn thời gian 8 phút cho mỗi bài."),
            P("Don't read every word. Read for the idea first, then come back for the details.", "quote"),
            P("Đây là lời khuyên cô thường nhắc học sinh lớp 12 trong các buổi ôn tập. Khi đã nắm được ý chính, việc tìm thông tin chi tiết sẽ nhanh hơn nhiều."),
            _pic("v1764420400777/EnG3gIo12.jpeg", "Giờ luyện đề Tiếng Anh của lớp 12A5", "Giờ luyện đề Tiếng Anh của lớp 12A5"),
            P("Tài liệu luyện đọc hiểu theo chủ đề được Tổ Ngoại ngữ chia sẻ trên hệ thống học trực tuyến của trường."),
        ],
        account="phuong",
        more_tags=["on-thi-tn"],
        series=SERIES_SLUG,
        toc=True,
        summary="Phần đọc hiểu chiếm gần một nửa số điểm của đề thi môn Tiếng Anh. Cô Đặng Thu Phương (Tổ Ngoại ngữ) gợi ý cách luyện kỹ năng đọc lướt và đọc tìm ý.",
        sapo_outside=True,
        authors=["Đặng Thu Phương"],
    ),
    _post(
        8,
        "so-gddt-huong-dan-day-them-hoc-them-nam-hoc-2026-2027",
        "Sở GD&ĐT Quảng Trị hướng dẫn tổ chức dạy thêm, học thêm trong nhà trường năm học 2026 – 2027",
        "thong-bao",
        "2026-10-09T10:05:00+07:00",
        [
            P("Ngày 06/10/2026, Sở GD&ĐT Quảng Trị ban hành Công văn số 2145/SGDĐT-GDTrH hướng dẫn tổ chức dạy thêm, học thêm trong các cơ sở giáo dục năm học 2026 – 2027."),
            P("Theo đó, việc dạy thêm, học thêm trong nhà trường chỉ được tổ chức cho ba đối tượng: học sinh có kết quả học tập môn học cuối học kỳ liền kề ở mức chưa đạt; học sinh được nhà trường lựa chọn để bồi dưỡng học sinh giỏi; học sinh lớp cuối cấp tự nguyện đăng ký ôn thi tuyển sinh, ôn thi tốt nghiệp theo kế hoạch của nhà trường."),
            P("Dạy thêm, học thêm trong nhà trường không thu tiền của học sinh. Mỗi môn học được tổ chức lớp dạy thêm không quá 2 tiết/tuần; số học sinh mỗi lớp không quá 45 em."),
            P("Sở yêu cầu thủ trưởng các đơn vị công khai kế hoạch dạy thêm trên cổng thông tin điện tử của trường, tăng cường kiểm tra, xử lý nghiêm các trường hợp giáo viên dạy thêm ngoài nhà trường đối với học sinh mình đang dạy chính khóa."),
            Raw("<p><em>Theo Sở GD&amp;ĐT Quảng Trị</em></p>"),
        ],
        canonical_ext="https://sgddt.quangtri.gov.vn/tin-tuc/huong-dan-to-chuc-day-them-hoc-them-nam-hoc-2026-2027.html",
        source="Sở GD&ĐT Quảng Trị",
    ),
    _post(
        9,
        "hoc-sinh-11a2-gianh-giai-nhi-khoa-hoc-ky-thuat-cap-tinh-2026",
        "Học sinh lớp 11A2 giành giải Nhì cuộc thi Khoa học kỹ thuật cấp tỉnh",
        "tin-tuc",
        "2026-10-28T16:45:00+07:00",
        [
            _cover("v1761644700888/KhKt11a2C.jpeg"),
            P("Với dự án “Hệ thống cảnh báo ngập lụt sớm dùng cảm biến siêu âm và kết nối Zalo”, nhóm học sinh Nguyễn Hữu Phát và Trần Thị Minh Thư (lớp 11A2) đã xuất sắc giành giải Nhì tại Cuộc thi Khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2026 – 2027."),
            P("Dự án được thực hiện trong gần 4 tháng dưới sự hướng dẫn của thầy Lê Văn Thịnh, giáo viên Vật lí. Thiết bị sử dụng vi điều khiển ESP32, cảm biến đo mực nước và gửi tin nhắn cảnh báo tự động đến nhóm Zalo của thôn khi nước dâng vượt ngưỡng."),
            _pic("v1761644800999/KhKt2GiAm.jpeg", "Nhóm tác giả giới thiệu dự án với Ban giám khảo", "Nhóm tác giả giới thiệu dự án với Ban giám khảo", "same"),
            P("Ban giám khảo đánh giá cao tính ứng dụng của sản phẩm đối với các địa phương thường xuyên chịu ảnh hưởng của lũ lụt như Quảng Trị. Chi phí chế tạo một bộ thiết bị chỉ khoảng 850.000 đồng."),
            P("Đây là năm thứ ba liên tiếp Trường THPT Lê Lợi có dự án đạt giải tại cuộc thi Khoa học kỹ thuật cấp tỉnh."),
            Raw("<p><strong>Tin: Nguyễn Thị Lan - Ảnh: Hồ Văn Tâm</strong></p>"),
        ],
        more_tags=["hoc-sinh-gioi"],
        updated="2026-12-02T10:12:00+07:00",
        authors=["Nguyễn Thị Lan"],
        photographers=["Hồ Văn Tâm"],
    ),
    _post(
        10,
        "chi-doan-10a5-ra-mat-mo-hinh-goc-sach-xanh",
        "Chi đoàn 10A5 ra mắt mô hình “Góc sách xanh” trong lớp học",
        "doan-hoi",
        "2026-11-12T14:10:00+07:00",
        [
            P("Hưởng ứng phong trào “Mỗi lớp học một tủ sách” do Đoàn trường phát động, chiều 11/11, chi đoàn 10A5 đã ra mắt mô hình “Góc sách xanh” với hơn 150 đầu sách do đoàn viên và phụ huynh quyên góp."),
            P("Điểm đặc biệt của mô hình là mỗi cuốn sách đều có một “thẻ cảm nhận” để người đọc ghi lại suy nghĩ của mình sau khi đọc. Những tấm thẻ hay nhất sẽ được chọn đăng trên bảng tin của lớp mỗi tháng."),
            _pic("v1762931400111/GsX10a5Bk.jpeg", "(Các đoàn viên chi đoàn 10A5 sắp xếp sách tại Góc sách xanh)", "Các đoàn viên chi đoàn 10A5 sắp xếp sách tại Góc sách xanh", "center"),
            P("Ngoài sách tham khảo, truyện và sách kỹ năng sống, chi đoàn còn dành riêng một ngăn cho sách cũ để trao đổi, tặng lại cho học sinh có hoàn cảnh khó khăn ở xã Hướng Phùng."),
            P("Theo em Lê Thị Quỳnh Như, Bí thư chi đoàn 10A5, mô hình không chỉ giúp các bạn hình thành thói quen đọc sách mà còn tạo không gian thân thiện cho lớp học."),
            Raw('<p align="right"><strong>Thanh Tâm (Chi đoàn 10A5)</strong></p>'),
        ],
        authors=["Thanh Tâm"],
    ),
    _post(
        11,
        "day-hoc-du-an-mon-lich-su-quang-tri-manh-dat-kien-cuong",
        "Chia sẻ: Dạy học dự án môn Lịch sử với chủ đề “Quảng Trị – mảnh đất kiên cường”",
        "chuyen-mon",
        "2026-10-14T09:00:00+07:00",
        [
            P("Dạy học dự án giúp học sinh chủ động tìm hiểu lịch sử địa phương thay vì học thuộc lòng. Dưới đây là kinh nghiệm của tôi khi tổ chức dự án cho học sinh lớp 11 trong học kỳ I.", "bold"),
            P("Chuẩn bị dự án", "h2"),
            P("Giáo viên chia lớp thành 6 nhóm, mỗi nhóm nhận một địa chỉ đỏ: Thành cổ Quảng Trị, Cầu Hiền Lương – sông Bến Hải, Địa đạo Vịnh Mốc, Nghĩa trang Liệt sĩ quốc gia Trường Sơn, Căn cứ Dốc Miếu và Nhà tù Lao Bảo."),
            P("Mỗi nhóm có 3 tuần để thu thập tư liệu, phỏng vấn nhân chứng hoặc cán bộ bảo tàng, và xây dựng sản phẩm: video ngắn, tập san hoặc bản đồ số."),
            _embed(_YT_KHKT),
            P("Kết quả", "h2"),
            P("Sản phẩm của các nhóm được trưng bày tại thư viện trường trong tuần lễ kỷ niệm Ngày Nhà giáo Việt Nam. Nhóm “Thành cổ” đã thực hiện video phỏng vấn cựu chiến binh Nguyễn Văn Tường, người từng tham gia 81 ngày đêm chiến đấu bảo vệ Thành cổ năm 1972."),
            P("Qua dự án, học sinh không chỉ hiểu sâu hơn về lịch sử quê hương mà còn rèn luyện kỹ năng làm việc nhóm, kỹ năng thuyết trình và sử dụng công nghệ."),
            _pic("v1760407200555/LsDa11a6T.jpeg", "Nhóm học sinh lớp 11A6 thuyết trình sản phẩm dự án về Địa đạo Vịnh Mốc", "Nhóm học sinh lớp 11A6 thuyết trình sản phẩm dự án về Địa đạo Vịnh Mốc"),
        ],
        account="hung",
        nfd=True,
        summary="Dạy học dự án giúp học sinh chủ động tìm hiểu lịch sử địa phương thay vì học thuộc lòng. Dưới đây là kinh nghiệm của tôi khi tổ chức dự án cho học sinh lớp 11 trong học kỳ I.",
        authors=["Lê Văn Hùng"],
    ),
    _post(
        12,
        "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-tuc",
        "2026-11-20T09:30:00+07:00",
        [
            _cover("v1763605800666/NgG2011kN.jpeg"),
            P("Đến dự buổi lễ có đại diện lãnh đạo Đảng ủy, HĐND, UBND phường Đông Hà, Ban đại diện cha mẹ học sinh, các thế hệ thầy cô giáo đã nghỉ hưu cùng toàn thể cán bộ, giáo viên, nhân viên và học sinh nhà trường."),
            P("Ôn lại truyền thống, cô Nguyễn Thị Hồng Vân, Phó Hiệu trưởng nhà trường điểm lại chặng đường gần 50 năm xây dựng và trưởng thành của trường, từ những lớp học tranh tre nứa lá sau ngày giải phóng đến ngôi trường khang trang, đạt chuẩn quốc gia mức độ 2 hôm nay."),
            P("Trong đợt thi đua chào mừng ngày 20/11, toàn trường có 1.245 tiết dạy tốt, 28 tiết thao giảng, 36 tập thể lớp đạt danh hiệu “Tuần học tốt”."),
            _pic("v1763605900777/NgG2HoA3c.jpeg", "Các thầy cô giáo nhận hoa chúc mừng từ đại diện học sinh", "Các thầy cô giáo nhận hoa chúc mừng từ đại diện học sinh"),
            P("Nhân dịp này, nhà trường khen thưởng 12 giáo viên đạt giải trong Hội giảng cấp trường và 8 học sinh có thành tích xuất sắc trong các phong trào."),
            P("Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do học sinh các lớp biểu diễn, trong đó tiết mục múa “Em là cô giáo vùng cao” của lớp 11A3 nhận được nhiều tràng pháo tay."),
            _pic("v1763606000888/IMG_20261120_094512.jpeg", None, None, "alt"),
            Raw('<p align="right"><strong>BBT</strong></p>'),
        ],
        updated="2026-11-22T08:03:00+07:00",
        summary="Sáng 20/11, Trường THPT Lê Lợi long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026) và tuyên dương các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua.",
        sapo_outside=True,
    ),
    _post(
        13,
        "hoi-nghi-cha-me-hoc-sinh-khoi-12-dong-hanh-cung-con",
        "Hội nghị cha mẹ học sinh khối 12: Đồng hành cùng con trước kỳ thi tốt nghiệp",
        "tin-tuc",
        "2026-10-05T11:20:00+07:00",
        [
            P("Sáng 05/10, Trường THPT Lê Lợi tổ chức Hội nghị cha mẹ học sinh khối 12 năm học 2026 – 2027 nhằm thông tin kế hoạch ôn thi tốt nghiệp THPT và phối hợp giữa gia đình với nhà trường trong năm học cuối cấp."),
            P("Tham dự hội nghị có hơn 380 cha mẹ học sinh của 9 lớp khối 12, Ban Giám hiệu và giáo viên chủ nhiệm các lớp."),
            P("Tại hội nghị, thầy Trương Công Định, Phó Hiệu trưởng nhà trường thông tin những điểm mới của kỳ thi tốt nghiệp THPT năm 2027: thí sinh thi 4 môn gồm 2 môn bắt buộc Ngữ văn, Toán và 2 môn tự chọn trong số các môn đã học ở lớp 12."),
            P("Kế hoạch ôn tập của nhà trường", "h3"),
            P("Giai đoạn 1: từ ngày 12/10/2026 đến hết tháng 12/2026, ôn tập theo chuyên đề vào các buổi chiều thứ Ba, thứ Năm."),
            P("Giai đoạn 2: từ tháng 01/2027 đến tháng 5/2027, luyện đề tổng hợp và kiểm tra thử theo đề minh họa của Bộ GD&ĐT.", "br"),
            P("Nhiều phụ huynh bày tỏ mong muốn nhà trường tăng thời lượng ôn tập môn Tiếng Anh và có thêm các buổi tư vấn hướng nghiệp, chọn ngành, chọn trường cho học sinh."),
            _pic("v1759641600999/CmHs12qCn.jpeg", "Quang cảnh hội nghị cha mẹ học sinh khối 12", "Quang cảnh hội nghị cha mẹ học sinh khối 12"),
            P("Kết thúc hội nghị, Ban đại diện cha mẹ học sinh khối 12 đã được kiện toàn gồm 9 thành viên, do ông Hoàng Văn Sơn (phụ huynh lớp 12A1) làm trưởng ban."),
            Raw('<p align="right"><em>Phương Thảo – Tổ Văn phòng</em></p>'),
        ],
        authors=["Phương Thảo"],
    ),
]

#: posts that are no articles: a video post and a photo album (same template as the others)
MEDIA_POSTS: list[Story] = [
    _post(
        14,
        "video-tiet-muc-mua-em-la-co-giao-vung-cao-lop-11a3",
        "Video: Tiết mục múa “Em là cô giáo vùng cao” – lớp 11A3",
        "anh-video",
        "2026-11-21T20:00:00+07:00",
        [
            _cover("v1763730000123/ViDeO11a3m.jpeg"),
            _embed(_YT_VIDEO),
            P("Tiết mục đạt giải Nhất hội diễn văn nghệ chào mừng Ngày Nhà giáo Việt Nam của tập thể lớp 11A3."),
        ],
    ),
    _post(
        15,
        "album-anh-hoi-khoe-phu-dong-cap-truong-2026-2027",
        "Album ảnh: Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027",
        "anh-video",
        "2026-11-23T10:00:00+07:00",
        [
            _cover("v1763866800234/AlBuMhKpD.jpeg"),
            P("Một số hình ảnh tại Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027."),
            _pic("v1763866900001/AlB1.jpeg", "Lễ khai mạc Hội khỏe Phù Đổng", "Lễ khai mạc Hội khỏe Phù Đổng"),
            _pic("v1763866900002/AlB2.jpeg", "Trận chung kết bóng đá nam khối 11", "Trận chung kết bóng đá nam khối 11"),
            _pic("v1763866900003/AlB3.jpeg", "Nội dung kéo co nữ", "Nội dung kéo co nữ"),
            _pic("v1763866900004/AlB4.jpeg", "Cổ động viên lớp 10A5", "Cổ động viên lớp 10A5"),
            _pic("v1763866900005/AlB5.jpeg", "Thi đấu cờ vua", "Thi đấu cờ vua"),
            _pic("v1763866900006/AlB6.jpeg", "Chạy tiếp sức 4 x 100 m", "Chạy tiếp sức 4 x 100 m"),
        ],
    ),
]

#: old slug of the renamed KHKT post (kept in the stale sitemap, 308 to the new one)
RENAMED = {"hoc-sinh-lop-11a2-gianh-giai-nhi-cuoc-thi-khkt-cap-tinh": STORIES[8].slug}
DELETED_SLUG = "thong-bao-nghi-hoc-tranh-bao-so-12"
PINNED_SLUG = STORIES[2].slug

# --- static pages (Hashnode "pages": same URL space as the posts, no date, no author) -----------

STATIC_PAGES = {
    "gioi-thieu": (
        "Giới thiệu Trường THPT Lê Lợi",
        """<p>Trường THPT Lê Lợi được thành lập năm 1977, là một trong những trường trung học phổ thông đầu tiên của tỉnh Quảng Trị sau ngày đất nước thống nhất. Trường đạt chuẩn quốc gia mức độ 2 năm 2022.</p>
<h2 id="heading-quy-mo">Quy mô</h2>
<p>Năm học 2026 – 2027, trường có 36 lớp với 1.482 học sinh; 96 cán bộ, giáo viên, nhân viên, trong đó 31 thạc sĩ.</p>
<h2 id="heading-thanh-tich">Thành tích</h2>
<ul><li><p>Huân chương Lao động hạng Nhì (2017).</p></li><li><p>Cờ thi đua của UBND tỉnh các năm học 2019 – 2020, 2023 – 2024.</p></li><li><p>Tỉ lệ đỗ tốt nghiệp THPT nhiều năm liền đạt trên 99%.</p></li></ul>
<p><img src="/res/hashnode/image/upload/v1710489000111/TruOnGtOaN.jpeg?auto=compress,format&amp;format=webp" alt="Toàn cảnh trường" /></p>""",
    ),
    "lien-he": (
        "Liên hệ",
        """<p><strong>TRƯỜNG THPT LÊ LỢI – TỈNH QUẢNG TRỊ</strong></p>
<p>Địa chỉ: số 45 đường Lê Lợi, phường Đông Hà, tỉnh Quảng Trị</p>
<p>Điện thoại văn phòng: 0233 3852 147 – Fax: 0233 3852 148</p>
<p>Email: c3leloi@quangtri.edu.vn</p>
<p>Fanpage: <a href="https://www.facebook.com/thptleloi.quangtri">facebook.com/thptleloi.quangtri</a></p>
<p>Giờ làm việc: sáng 7h00 – 11h30, chiều 13h30 – 17h00 từ thứ Hai đến thứ Sáu.</p>""",
    ),
    "doi-ngu-giao-vien": (
        "Đội ngũ giáo viên",
        """<p>Danh sách tổ trưởng, tổ phó chuyên môn năm học 2026 – 2027.</p>
<div class="hn-table"><table><thead><tr><th><p>Tổ chuyên môn</p></th><th><p>Tổ trưởng</p></th><th><p>Tổ phó</p></th></tr></thead>
<tbody><tr><td><p>Ngữ văn</p></td><td><p>ThS. Trần Thị Thanh Hương</p></td><td><p>Nguyễn Thị Mai</p></td></tr>
<tr><td><p>Toán – Tin</p></td><td><p>Phạm Văn Lộc</p></td><td><p>Nguyễn Thị Bích Ngọc</p></td></tr>
<tr><td><p>Ngoại ngữ</p></td><td><p>Đặng Thu Phương</p></td><td><p>Lê Thị Hoài</p></td></tr>
<tr><td><p>Sử – Địa – GDKT&amp;PL</p></td><td><p>Lê Văn Hùng</p></td><td><p>Hồ Thị Ánh</p></td></tr>
<tr><td><p>Lý – Hóa – Sinh – Công nghệ</p></td><td><p>Lê Văn Thịnh</p></td><td><p>Võ Văn Sáu</p></td></tr></tbody></table></div>""",
    ),
}


# --- helpers ---------------------------------------------------------------------------------


def _dt(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


def _utc_z(iso: str) -> str:
    return _dt(iso).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _utc_day(iso: str) -> str:
    """How the SSR prints a date: Hashnode's "MMM D, YYYY", in the server's zone (UTC)."""
    d = _dt(iso).astimezone(UTC)
    return f"{d.strftime('%b')} {d.day}, {d.year}"


def _slugify(value: str) -> str:
    import unicodedata

    s = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def _cuid(story: Story) -> str:
    return f"6{story.id:03d}a9f2c{(story.id * 7919) % 100000:05d}e4b7d93a"[:24]


def _read_time(story: Story) -> int:
    words = sum(len(p.split()) for p in story.paragraphs)
    return max(1, round(words / 200))


def _brief(story: Story) -> str:
    first = next((b.text for b in story.blocks if isinstance(b, P)), "")
    return first if len(first) <= 150 else first[:150].rsplit(" ", 1)[0] + "…"


def _cover_of(story: Story) -> Img | None:
    return next((b for b in story.blocks if isinstance(b, Img) and b.style == "cover"), None)


def _next_data(page: str, query: dict, props: dict) -> str:
    data = {
        "props": {"pageProps": props, "__N_SSP": True},
        "page": page,
        "query": query,
        "buildId": BUILD_ID,
        "isFallback": False,
        "gssp": True,
        "scriptLoader": [],
    }
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return f'<script id="__NEXT_DATA__" type="application/json">{raw}</script>'


def _publication(request: Request) -> dict:
    return {
        "id": PUB_ID,
        "title": PUB_TITLE,
        "displayTitle": PUB_TITLE,
        "url": base_url(request),
        "about": {"text": "Tin tức – hoạt động của Trường THPT Lê Lợi, tỉnh Quảng Trị"},
        "preferences": {
            "layout": "magazine",
            "darkMode": {"enabled": True},
            "navbarItems": [
                {"label": label, "url": url} for label, url, _ in _NAV if url
            ],
        },
        "features": {"newsletter": {"isEnabled": True}, "readTime": {"isEnabled": True}},
    }


_NAV = [
    ("Trang chủ", "/", None),
    ("Tin tức", "/tag/tin-tuc", None),
    ("Thông báo", "/tag/thong-bao", None),
    ("Đoàn – Hội", "/tag/doan-hoi", None),
    ("Chuyên môn", "/tag/chuyen-mon", None),
    (SERIES_NAME, f"/series/{SERIES_SLUG}", "more"),
    ("Ảnh – Video", "/tag/anh-video", "more"),
    ("Giới thiệu", "/gioi-thieu", "more"),
    ("Đội ngũ giáo viên", "/doi-ngu-giao-vien", "more"),
    ("Liên hệ", "/lien-he", "more"),
]

_SVG = '<svg viewBox="0 0 24 24" class="h-5 w-5 stroke-current" fill="none"><path d="M6 9l6 6 6-6"></path></svg>'


def _header(current: str) -> str:
    items = []
    for label, url, group in _NAV:
        if group:
            continue
        cls = "text-blue-600 font-semibold" if url == current else "text-slate-700"
        items.append(f'<li><a href="{url}" class="blog-nav-item rounded-full px-2 py-1 {cls}">{esc(label)}</a></li>')
    more = "".join(
        f'<a role="menuitem" href="{url}" class="block px-4 py-2 hover:bg-slate-100">{esc(label)}</a>'
        for label, url, group in _NAV
        if group == "more"
    )
    items.append(
        '<li class="relative css-1i2x1ba"><button type="button" aria-haspopup="menu" aria-expanded="false" '
        f'class="flex items-center gap-1 px-2 py-1 text-slate-700">More{_SVG}</button>'
        f'<div role="menu" class="absolute right-0 z-50 hidden w-60 rounded-lg border bg-white py-2 shadow-lg">{more}</div></li>'
    )
    return f"""<div class="blog-announcement css-1m4kq2r" style="background:#0b3d91;color:#fff;font-size:13px">
<div class="container mx-auto flex justify-between px-4 py-1"><span class="hn-date">{TODAY_LINE}</span><span>Hotline tuyển sinh: 0233 3852 147</span></div></div>
<header class="blog-header css-1a9w2v1 relative z-50 w-full border-b border-slate-200 bg-white">
<div class="container mx-auto px-2 md:px-4 2xl:px-10"><div class="relative z-40 flex flex-row items-center justify-between py-4">
<div class="flex flex-row items-center py-1"><a href="/" aria-label="{esc(PUB_TITLE)} home page" class="flex flex-row items-center gap-3">
<img class="block w-40" src="{IMG}/v1710488000001/LoGoThPtLl.png?w=1000&amp;h=250&amp;auto=compress,format&amp;format=webp" alt="{esc(PUB_TITLE)}"/></a></div>
<div class="flex flex-row items-center gap-2"><button type="button" aria-label="Open blog search" class="rounded-full p-2"><svg class="h-5 w-5"></svg></button>
<button type="button" aria-label="Toggle blog theme" class="rounded-full p-2"><svg class="h-5 w-5"></svg></button>
<a href="/newsletter" class="rounded-full bg-blue-600 px-4 py-2 text-white">Subscribe</a></div></div>
<nav class="blog-sub-header css-17mzzs5" aria-label="Blog navigation"><ul class="flex flex-row flex-wrap items-center gap-1 text-sm">{"".join(items)}</ul></nav>
</div></header>"""


def _footer() -> str:
    return f"""<footer class="blog-footer-area css-1tq8s2o border-t bg-slate-100 px-5 py-10 text-center md:px-10">
<div class="mb-6 text-lg font-semibold">Trường THPT Lê Lợi – tỉnh Quảng Trị</div>
<p class="text-sm text-slate-600">Địa chỉ: số 45 đường Lê Lợi, phường Đông Hà, tỉnh Quảng Trị · Điện thoại: 0233 3852 147 · Email: c3leloi@quangtri.edu.vn</p>
<p class="text-sm text-slate-600">Chịu trách nhiệm nội dung: Hiệu trưởng Nguyễn Đình Khánh</p>
<div class="mt-4 flex justify-center gap-4"><a href="https://www.facebook.com/thptleloi.quangtri" aria-label="Facebook">Facebook</a><a href="https://www.youtube.com/@thptleloiquangtri" aria-label="YouTube">YouTube</a><a href="/rss.xml" aria-label="RSS">RSS</a></div>
<p class="mt-6 text-sm text-slate-500">©2026 {esc(PUB_TITLE)}</p>
<p class="text-xs text-slate-500"><a href="https://hashnode.com/privacy?source=blog-footer">Privacy policy</a> · <a href="https://hashnode.com/terms?source=blog-footer">Terms</a></p>
<a href="https://hashnode.com/onboard?unlock-blog=true&amp;source=blog-footer" class="mt-4 inline-flex text-xs text-slate-500">Powered by Hashnode - Build your developer hub.</a>
</footer>"""


_NEWSLETTER_BOX = f"""<div class="blog-newsletter css-1ymt8w0 rounded-lg border bg-slate-50 p-6 text-center">
<h3 class="mb-2 text-xl font-bold text-slate-900">Subscribe to our newsletter</h3>
<p class="mb-4 text-slate-600">Read articles from <strong>{esc(PUB_TITLE)}</strong> directly inside your inbox. Subscribe to the newsletter, and don't miss out.</p>
<form class="relative flex w-full" onsubmit="return window.__hnSubscribe(event)"><input type="email" placeholder="Enter your email address" class="w-full rounded-full border px-4 py-3"/><button type="submit" class="absolute right-1 top-1 rounded-full bg-blue-600 px-4 py-2 text-white">Subscribe</button></form>
</div>"""


def _page(request: Request, *, title: str, description: str, canonical: str, body: str,
          next_data: str, current: str = "", og_image: str | None = None, jsonld: dict | None = None,
          extra_head: str = "") -> Response:
    base = base_url(request)
    canon = canonical if canonical.startswith("http") else base + canonical
    image = ""
    if og_image:  # Hashnode points social cards at its CDN, not at the proxied path the page prints
        cdn = "https://cdn.hashnode.com" + og_image.split("?")[0] + "?w=1200&h=630&fit=crop&crop=entropy&auto=compress,format&format=og"
        image = f'<meta property="og:image" content="{esc(cdn)}"/>'
    ld = ""
    if jsonld:
        ld = '<script type="application/ld+json">' + json.dumps(jsonld, ensure_ascii=False).replace("</", "<\\/") + "</script>"
    doc = f"""<!DOCTYPE html><html lang="en" class="light"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{esc(title)}</title>
<meta name="description" content="{esc(description)}"/>
<meta property="og:site_name" content="{esc(PUB_TITLE)}"/>
<meta property="og:title" content="{esc(title)}"/>
<meta property="og:description" content="{esc(description)}"/>
{image}
<meta name="twitter:card" content="summary_large_image"/>
<link rel="canonical" href="{esc(canon)}"/>
<link rel="alternate" type="application/rss+xml" title="{esc(PUB_TITLE)}" href="{base}/rss.xml"/>
<link rel="icon" type="image/png" href="{IMG}/v1710488000002/FaViCoNll.png?w=200&amp;h=200&amp;fit=crop&amp;crop=entropy&amp;auto=compress,format&amp;format=webp"/>
<link rel="preload" href="/_next/static/css/7b1e0c7a9f3d2c41.css" as="style"/><link rel="stylesheet" href="/_next/static/css/7b1e0c7a9f3d2c41.css"/>
{extra_head}{ld}
<script src="/_next/static/chunks/webpack-5c2f0e1b8a7d6e43.js" defer=""></script>
<script src="/_next/static/chunks/pages/_app-1f9e8d7c6b5a4f32.js" defer=""></script>
</head><body><div id="__next"><div class="blog-page-wrapper css-0">
{_header(current)}
<main class="blog-main-area">{body}</main>
{_footer()}
</div></div>{next_data}</body></html>"""
    return html(doc, headers={"x-powered-by": "Next.js", "x-hashnode-cache": "HIT"})


# --- the rendered markdown --------------------------------------------------------------------

_WIDGET = """<div class="hn-embed-widget" id="widget-thong-tin-truong"><div style="border:1px solid #c9d7ee;border-radius:8px;padding:12px 16px;margin-top:28px;font-size:14px;line-height:1.5">
<p style="margin:0"><strong>TRƯỜNG THPT LÊ LỢI – QUẢNG TRỊ</strong></p>
<p style="margin:0">☎ Hotline tuyển sinh: 0233 3852 147 · Zalo OA: THPT Lê Lợi Đông Hà</p>
<table style="width:100%;margin:8px 0 0;font-size:13px"><tr><td>Đang online</td><td><b>23</b></td><td>Hôm nay</td><td><b>412</b></td><td>Tổng truy cập</td><td><b>1.284.503</b></td></tr></table>
</div></div>"""


def _inline(story: Story, value: str) -> str:
    s = text(value, nfd=story.opts["nfd"])
    for prefix, (anchor, n) in story.opts["fncalls"].items():
        if value.startswith(prefix):
            a = text(anchor)
            s = s.replace(a, f'{a}<sup><a href="#fn-{n}" id="fnref-{n}">{n}</a></sup>', 1)
    if story.id == 13:  # pasted from Word: non-breaking spaces after sentences
        s = s.replace(". ", ".&nbsp; ").replace(", ", ",&nbsp;", 1)
    return s


def _img_tag(img: Img, alt: str = "") -> str:
    return f'<img src="{esc(img.src)}" alt="{esc(alt)}" class="image--center mx-auto" loading="lazy"/>'


def _content(story: Story) -> str:
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "cover")]
    footnotes = [b for b in blocks if isinstance(b, P) and b.style == "fn"]
    blocks = [b for b in blocks if not (isinstance(b, P) and b.style == "fn")]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style == "same":
                out.append(f"<p>{_img_tag(b)}<br/><em>{esc(b.printed or '')}</em></p>")
            elif b.style == "center":
                out.append(f'<p align="center">{_img_tag(b)}</p>\n<p align="center"><em>{esc(b.printed or "")}</em></p>')
            elif b.style == "alt":
                out.append(f"<p>{_img_tag(b, b.src.split('/')[-1].split('?')[0])}</p>")
            else:
                out.append(f"<p>{_img_tag(b)}</p>")
                if b.printed:
                    out.append(f"<p><em>{esc(b.printed)}</em></p>")
        else:
            style = b.style
            group = {"li": "li", "oli": "oli", "th": "tr", "tr": "tr", "quote": "quote"}.get(style)
            if group:
                run = []
                while i < len(blocks) and isinstance(blocks[i], P) and {"th": "tr"}.get(blocks[i].style, blocks[i].style) == group:
                    run.append(blocks[i])
                    i += 1
                out.append(_group(story, group, run))
                continue
            if style in ("h2", "h3"):
                out.append(f'<{style} id="heading-{_slugify(b.text)}">{_inline(story, b.text)}</{style}>')
            elif style == "bold":
                out.append(f"<p><strong>{_inline(story, b.text)}</strong></p>")
            elif style.startswith("callout:"):
                emoji = style.split(":", 1)[1]
                out.append(
                    f'<div data-node-type="callout"><div data-node-type="callout-emoji">{emoji}</div>'
                    f'<div data-node-type="callout-text">{_inline(story, b.text)}</div></div>'
                )
            elif style == "br" and out and out[-1].endswith("</p>"):
                out[-1] = out[-1][: -len("</p>")] + f"<br/>\n{_inline(story, b.text)}</p>"
            else:
                out.append(f"<p>{_inline(story, b.text)}</p>")
        i += 1
    out.append(_WIDGET)
    if footnotes:
        items = "".join(
            f'<li id="fn-{n}" class="footnote-item"><p>{_inline(story, f.text)} '
            f'<a href="#fnref-{n}" class="footnote-backref">↩</a></p></li>'
            for n, f in enumerate(footnotes, 1)
        )
        out.append(f'<hr class="footnotes-sep"/>\n<section class="footnotes"><ol class="footnotes-list">{items}</ol></section>')
    return "\n".join(out)


def _group(story: Story, kind: str, run: list[P]) -> str:
    if kind in ("li", "oli"):
        tag = "ul" if kind == "li" else "ol"
        items = "".join(f"<li><p>{_inline(story, p.text)}</p></li>" for p in run)
        return f"<{tag}>{items}</{tag}>"
    if kind == "quote":
        return "<blockquote>" + "".join(f"<p>{_inline(story, p.text)}</p>" for p in run) + "</blockquote>"
    rows = []
    for p in run:
        cells = "".join(f"<td><p>{_inline(story, c)}</p></td>" for c in p.text.split(" | "))
        rows.append((p.style, f"<tr>{cells}</tr>"))
    head = "".join(r for s, r in rows if s == "th")
    body = "".join(r for s, r in rows if s != "th")
    return f'<div class="hn-table"><table>{"<thead>" + head + "</thead>" if head else ""}<tbody>{body}</tbody></table></div>'


# --- the feed --------------------------------------------------------------------------------

ALL_POSTS = sorted([*STORIES, *MEDIA_POSTS], key=lambda s: _dt(s.opts["posted"]), reverse=True)
BY_SLUG = {s.slug: s for s in ALL_POSTS}
FEED = [s for s in ALL_POSTS if s.slug != PINNED_SLUG]
SERIES_POSTS = sorted((s for s in ALL_POSTS if s.opts["series"] == SERIES_SLUG), key=lambda s: _dt(s.opts["posted"]))


def _more_articles(story: Story) -> list[Story]:
    return [s for s in ALL_POSTS if s.slug != story.slug][:3]


def _tag_posts(tag: str) -> list[Story]:
    return [s for s in ALL_POSTS if tag in s.opts["tags"]]


def _names(story: Story) -> list[dict]:
    return [ACCOUNTS[k] for k in [story.opts["account"], *story.opts["coauthors"]]]


def _cursor(offset: int) -> str:
    return base64.b64encode(f"cursor:feed:{offset}".encode()).decode().rstrip("=")


def _uncursor(value: str) -> int | None:
    try:
        raw = base64.b64decode(value + "=" * (-len(value) % 4)).decode()
    except (ValueError, UnicodeDecodeError):
        return None
    m = re.fullmatch(r"cursor:feed:(\d+)", raw)
    return int(m.group(1)) if m else None


def _node(story: Story, request: Request, full: bool = False) -> dict:
    cover = _cover_of(story)
    node = {
        "id": _cuid(story),
        "slug": story.slug,
        "title": story.title,
        "subtitle": story.summary if story.sapo_outside else None,
        "brief": _brief(story),
        "url": f"{base_url(request)}/{story.slug}",
        "publishedAt": _utc_z(story.opts["posted"]),
        "readTimeInMinutes": _read_time(story),
        "views": story.views(),
        "coverImage": {"url": f"https://cdn.hashnode.com{cover.src.split('?')[0]}"} if cover else None,
        "author": {"name": _names(story)[0]["name"], "username": _names(story)[0]["username"]},
        "tags": [{"slug": t, "name": TAGS[t]} for t in story.opts["tags"]],
    }
    if full:
        node["updatedAt"] = _utc_z(story.opts["updated"] or story.opts["posted"])
        node["coAuthors"] = [{"name": a["name"], "username": a["username"]} for a in _names(story)[1:]]
        node["series"] = {"slug": SERIES_SLUG, "name": SERIES_NAME} if story.opts["series"] else None
        node["seo"] = {"title": None, "description": None}
        node["canonicalUrl"] = story.opts["canonical_ext"]
        node["reactionCount"] = story.opts["reactions"]
        node["responseCount"] = len(COMMENTS.get(story.slug, []))
        node["content"] = {"html": _content(story)}
    return node


def _card(story: Story, pinned: bool = False) -> str:
    cover = _cover_of(story)
    acc = _names(story)[0]
    thumb = ""
    if cover:
        src = cover.src.split("?")[0] + THUMB_Q
        thumb = f'<a href="/{story.slug}" class="block overflow-hidden rounded-lg" aria-label="{esc(story.title)}"><img src="{esc(src)}" alt="{esc(story.title)}" class="w-full"/></a>'
    label = '<p class="mb-2 text-xs font-semibold uppercase text-blue-600">📌 Pinned</p>' if pinned else ""
    return f"""<section class="blog-post-card css-7fwwqh mb-10 grid gap-5 md:grid-cols-2" data-post-id="{_cuid(story)}">
{thumb}<div>{label}
<h2 class="blog-article-card-title mb-3 text-xl font-bold leading-snug text-slate-900"><a href="/{story.slug}">{esc(story.title)}</a></h2>
<p class="mb-3 text-base text-slate-600"><a href="/{story.slug}">{esc(_brief(story))}</a></p>
<div class="flex flex-row items-center text-sm text-slate-500"><a href="https://hashnode.com/@{acc['username']}" class="font-medium">{esc(acc['name'])}</a><span class="mx-2">·</span><a href="/{story.slug}">{_utc_day(story.opts['posted'])}</a><span class="mx-2">·</span><span>{_read_time(story)} min read</span></div>
</div></section>"""


# --- pages -----------------------------------------------------------------------------------


def _toc(story: Story) -> str:
    heads = [b for b in story.blocks if isinstance(b, P) and b.style in ("h2", "h3")]
    items = "".join(
        f'<li class="{"ml-4" if h.style == "h3" else ""}"><a href="#heading-{_slugify(h.text)}" class="text-slate-700 hover:text-blue-600">{esc(h.text)}</a></li>'
        for h in heads
    )
    return (
        '<div id="hn-toc" class="css-1kq5p0v mb-8 w-full rounded-lg border border-slate-200 px-4 py-5">'
        '<button type="button" aria-expanded="true" class="flex w-full items-center justify-between font-bold">'
        f"<span>Table of contents</span>{_SVG}</button>"
        f'<ul class="mt-4 list-none space-y-2 text-sm">{items}</ul></div>'
    )


def _author_row(story: Story) -> str:
    people = []
    for acc in _names(story):
        people.append(
            f'<a href="https://hashnode.com/@{acc["username"]}" class="relative block h-8 w-8 overflow-hidden rounded-full">'
            f'<img src="{esc(acc["avatar"] + AVATAR_Q)}" alt="{esc(acc["name"])}"/></a>'
            f'<a href="https://hashnode.com/@{acc["username"]}" class="spaced-link ml-2 font-semibold text-slate-900"><span>{esc(acc["name"])}</span></a>'
        )
    joined = '<span class="mx-2 text-slate-500">and</span>'.join(people)
    return f"""<div class="relative z-20 mb-8 flex flex-row flex-wrap items-center justify-center px-4 text-slate-700">
<div class="mb-5 flex w-full flex-row items-center justify-center md:mb-0 md:w-auto md:justify-start">{joined}</div>
<div class="mb-5 flex w-full flex-row items-center justify-center md:mb-0 md:w-auto"><span class="mx-3 hidden font-bold md:block">·</span>
<a href="/{story.slug}" class="tooltip-handle"><span>{_utc_day(story.opts['posted'])}</span></a><span class="mx-3 block font-bold">·</span>
<p class="flex flex-row items-center"><svg class="mr-2 h-5 w-5"></svg><span>{_read_time(story)} min read</span></p><span class="mx-3 block font-bold">·</span><span>{story.views():,} views</span></div></div>"""


def _series_box(story: Story) -> str:
    idx = SERIES_POSTS.index(story) + 1
    return (
        '<div class="css-8pqr2l mb-8 flex flex-row items-center rounded-lg border border-slate-200 px-5 py-4">'
        '<div><p class="text-xs font-semibold uppercase tracking-wide text-slate-500">Series</p>'
        f'<a href="/series/{SERIES_SLUG}" class="font-bold text-slate-900">{esc(SERIES_NAME)}</a>'
        f'<p class="text-sm text-slate-500">Part {idx} of {len(SERIES_POSTS)}</p></div></div>'
    )


def _series_bottom(story: Story) -> str:
    items = []
    for n, s in enumerate(SERIES_POSTS, 1):
        if s is story:
            items.append(f'<li class="flex gap-3 font-bold text-blue-600"><span>{n}</span><span>{esc(s.title)}</span></li>')
        else:
            items.append(f'<li class="flex gap-3"><span>{n}</span><a href="/{s.slug}?source={SOURCE_SERIES}">{esc(s.title)}</a></li>')
    return (
        '<div class="css-1f8zm0a mx-auto mb-10 w-full max-w-3xl rounded-lg border px-5 py-6">'
        '<p class="text-xs uppercase text-slate-500">Article Series</p>'
        f'<h3 class="mb-4 text-lg font-bold"><a href="/series/{SERIES_SLUG}">{esc(SERIES_NAME)}</a></h3>'
        f'<ol class="space-y-3">{"".join(items)}</ol></div>'
    )


def _author_cards(story: Story) -> str:
    cards = []
    for acc in _names(story):
        cards.append(
            f'<div class="flex flex-row gap-4 py-4"><a href="https://hashnode.com/@{acc["username"]}" class="block h-14 w-14 shrink-0 overflow-hidden rounded-full">'
            f'<img src="{esc(acc["avatar"] + AVATAR_Q)}" alt="{esc(acc["name"])}"/></a>'
            f'<div><h4 class="font-bold"><a href="https://hashnode.com/@{acc["username"]}">{esc(acc["name"])}</a></h4>'
            f'<div class="prose text-sm text-slate-600"><p>{esc(acc["bio"])}</p></div></div></div>'
        )
    return (
        '<div class="blog-author-container css-2w0k8q mx-auto w-full max-w-3xl border-t px-5 pt-8">'
        '<h3 class="text-sm font-semibold uppercase tracking-wide text-slate-500">Written by</h3>'
        f'{"".join(cards)}</div>'
    )


def _comments(story: Story) -> str:
    items = COMMENTS.get(story.slug)
    if not items:
        return ""
    cards = "".join(
        f'<div class="comment-card css-k008qs mb-4 rounded-lg border p-4"><div class="mb-2 flex items-center gap-2 text-sm">'
        f'<a href="https://hashnode.com/@{user}" class="font-semibold">{esc(name)}</a><span class="text-slate-500">{_utc_day(when)}</span></div>'
        f'<div class="prose prose-sm"><p>{esc(body)}</p></div>'
        '<button type="button" class="mt-2 text-sm text-slate-500">Reply</button></div>'
        for name, user, when, body in items
    )
    return (
        f'<section id="comments-list" class="mx-auto w-full max-w-3xl px-5 py-8"><h3 class="mb-4 text-lg font-bold">Comments ({len(items)})</h3>'
        f"{cards}</section>"
    )


def _more(story: Story) -> str:
    cards = []
    for s in _more_articles(story):
        cover = _cover_of(s)
        img = f'<img src="{esc(cover.src.split("?")[0] + THUMB_Q)}" alt="{esc(s.title)}"/>' if cover else ""
        cards.append(
            f'<div class="css-1aqwaku rounded-lg border"><a href="/{s.slug}?source={SOURCE_MORE}" class="block">{img}</a>'
            f'<div class="p-4"><h3 class="font-bold"><a href="/{s.slug}?source={SOURCE_MORE}">{esc(s.title)}</a></h3>'
            f'<p class="text-sm text-slate-500">{esc(_names(s)[0]["name"])} · {_utc_day(s.opts["posted"])}</p></div></div>'
        )
    return (
        '<div class="css-1h6s0fe w-full bg-slate-50 py-10"><div class="container mx-auto px-4">'
        '<h2 class="mb-6 text-center text-2xl font-bold">More articles</h2>'
        f'<div class="grid gap-6 md:grid-cols-3">{"".join(cards)}</div></div></div>'
    )


def _reactions(story: Story) -> str:
    n = len(COMMENTS.get(story.slug, []))
    share = f"https://twitter.com/intent/tweet?url=https://{HOST_NAME}/{story.slug}&amp;text={esc(story.title)}"
    return f"""<div class="css-1y3qzbe fixed bottom-0 left-0 z-50 flex w-full justify-center"><div class="flex flex-row items-center gap-3 rounded-full border bg-white px-4 py-2 shadow">
<button type="button" aria-label="Like this article" class="flex items-center"><svg class="h-5 w-5"></svg></button><span class="text-sm">{story.opts['reactions']}</span>
<a href="#comments-list" aria-label="Comments" class="flex items-center"><svg class="h-5 w-5"></svg></a><span class="text-sm">{n}</span>
<button type="button" aria-label="Bookmark this article"><svg class="h-5 w-5"></svg></button>
<a href="{share}" aria-label="Share on X" rel="noopener" target="_blank"><svg class="h-5 w-5"></svg></a>
<a href="https://www.facebook.com/sharer/sharer.php?u=https://{HOST_NAME}/{story.slug}" aria-label="Share on Facebook" rel="noopener" target="_blank"><svg class="h-5 w-5"></svg></a>
</div></div>"""


def _post_page(request: Request, story: Story) -> Response:
    cover = _cover_of(story)
    head = ""
    if cover:
        head = (
            '<div class="relative col-span-full mb-8 md:mb-14"><div class="relative">'
            f'<img src="{esc(cover.src)}" alt="{esc(story.title)}" class="block w-full rounded-none md:rounded-xl" fetchpriority="high"/></div></div>'
        )
    subtitle = ""
    if story.sapo_outside:
        subtitle = f'<h2 class="mb-8 px-4 text-center font-medium text-slate-700 md:text-2xl">{text(story.summary, nfd=story.opts["nfd"])}</h2>'
    series = _series_box(story) if story.opts["series"] else ""
    toc = _toc(story) if story.opts["toc"] else ""
    tags = "".join(
        f'<a href="/tag/{t}" class="mb-2 mr-3 rounded-lg border px-2 py-1 text-sm text-slate-700"><span>{esc(TAGS[t])}</span></a>'
        for t in story.opts["tags"]
    )
    body = f"""<article class="blog-article-page css-1b8rv2n">
<div class="container relative mx-auto grid grid-flow-row grid-cols-8 2xl:grid-cols-10">{head}
<div class="col-span-full px-4 lg:col-span-6 lg:col-start-2">
<h1 class="font-heading mb-8 px-4 text-center text-3xl font-extrabold leading-tight text-slate-900 md:mb-14 md:text-5xl">{esc(story.title)}</h1>
{subtitle}
{_author_row(story)}
{series}{toc}</div>
<div id="post-content-parent" class="relative col-span-full mb-10 pb-14 lg:col-span-6 lg:col-start-2">
<div id="post-content-wrapper" class="prose prose-lg mx-auto mb-10 min-h-30 break-words dark:prose-dark xl:prose-xl">{_content(story)}</div>
<div class="mb-5 flex w-full flex-row flex-wrap justify-center">{tags}</div>
</div></div>
{_reactions(story)}
{_series_bottom(story) if story.opts["series"] else ""}
<div class="mx-auto mb-10 w-full max-w-3xl px-5">{_NEWSLETTER_BOX}</div>
{_author_cards(story)}
{_comments(story)}
{_more(story)}
</article>"""
    names = _names(story)
    jsonld = {
        "@context": "https://schema.org/",
        "@type": "BlogPosting",
        "url": f"{base_url(request)}/{story.slug}",
        "mainEntityOfPage": f"{base_url(request)}/{story.slug}",
        "headline": story.title,
        "description": _brief(story),
        "datePublished": _utc_z(story.opts["posted"]),
        "dateModified": _utc_z(story.opts["updated"] or story.opts["posted"]),
        "author": [{"@type": "Person", "name": a["name"], "url": f"https://hashnode.com/@{a['username']}"} for a in names],
        "publisher": {"@type": "Organization", "name": PUB_TITLE},
        "image": f"https://cdn.hashnode.com{cover.src.split('?')[0]}" if cover else None,
    }
    props = {"publication": _publication(request), "post": _node(story, request, full=True), "isHome": False}
    return _page(
        request,
        title=story.title,
        description=_brief(story),
        canonical=story.opts["canonical_ext"] or f"/{story.slug}",
        body=body,
        next_data=_next_data("/[slug]", {"slug": story.slug}, props),
        og_image=cover.src if cover else None,
        jsonld=jsonld,
        extra_head=f'<meta property="article:author" content="{esc(names[0]["name"])}"/>\n',
    )


def _static_page(request: Request, slug: str) -> Response:
    title, content = STATIC_PAGES[slug]
    body = f"""<div class="blog-page-area css-19o6j4l container mx-auto px-4 py-10">
<h1 class="font-heading mb-8 text-center text-3xl font-extrabold text-slate-900 md:text-5xl">{esc(title)}</h1>
<div id="page-content-wrapper" class="prose prose-lg mx-auto break-words dark:prose-dark">{content}</div></div>
<div class="mx-auto mb-10 w-full max-w-3xl px-5">{_NEWSLETTER_BOX}</div>"""
    props = {
        "publication": _publication(request),
        "staticPage": {"id": f"pg{len(slug):02d}{slug[:6]}", "slug": slug, "title": title, "content": {"html": content}},
    }
    return _page(
        request,
        title=f"{title} - {PUB_TITLE}",
        description=f"{title} - {PUB_TITLE}",
        canonical=f"/{slug}",
        body=body,
        next_data=_next_data("/[slug]", {"slug": slug}, props),
        current=f"/{slug}",
    )


def _listing(request: Request, *, hero: str, posts: list[Story], page: int, pages: int, base: str,
             canonical: str, title: str, page_name: str, query: dict, props: dict,
             pinned: Story | None = None, cursor: str | None = None) -> Response:
    cards = "".join(_card(s) for s in posts)
    if pinned:
        cards = _card(pinned, pinned=True) + cards
    pager = ""
    if page == 1 and pages > 1:
        after = f' data-after="{cursor}"' if cursor else ""
        pager = (
            '<div class="css-1u8qly9 flex w-full flex-col items-center justify-center py-10">'
            f'<button type="button" class="rounded-full border px-6 py-2 font-medium text-slate-700"{after} data-loadmore="feed">Load more</button>'
            f'<noscript><a href="{base}?page=2" class="mt-4 text-blue-600">Older posts</a></noscript></div>'
        )
    elif page > 1:
        newer = base if page == 2 else f"{base}?page={page - 1}"
        older = f'<a href="{base}?page={page + 1}" rel="next">Older posts →</a>' if page < pages else ""
        pager = (
            '<nav aria-label="Pagination" class="css-1u8qly9 flex w-full items-center justify-between py-10 text-slate-700">'
            f'<a href="{newer}" rel="prev">← Newer posts</a><span>Page {page} of {pages}</span>{older}</nav>'
        )
    body = f"""{hero}
<div class="container mx-auto px-4 py-10"><div class="blog-posts-wrapper css-1ft5kuh mx-auto max-w-5xl">{cards}</div>{pager}</div>
<div class="mx-auto mb-10 w-full max-w-3xl px-5">{_NEWSLETTER_BOX}</div>"""
    return _page(
        request,
        title=title,
        description="Tin tức – hoạt động của Trường THPT Lê Lợi, tỉnh Quảng Trị",
        canonical=canonical,
        body=body,
        next_data=_next_data(page_name, query, props),
        current=base,
    )


def _home(request: Request, page: int) -> Response | None:
    pages = -(-len(FEED) // PAGE_SIZE)
    if not 1 <= page <= pages:
        return None
    posts = FEED[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    hero = f"""<div class="blog-hero css-1nj2kmb bg-slate-50 py-14 text-center"><div class="container mx-auto px-4">
<h1 class="font-heading mb-4 text-4xl font-extrabold text-slate-900">{esc(PUB_TITLE)}</h1>
<div class="prose mx-auto text-slate-600"><p>Tin tức – hoạt động của Trường THPT Lê Lợi, tỉnh Quảng Trị. Nơi thầy cô và học sinh chia sẻ những câu chuyện đẹp của mái trường.</p></div>
<div class="mt-6 flex justify-center gap-3"><a href="https://www.facebook.com/thptleloi.quangtri" aria-label="Find us on Facebook">Facebook</a><a href="https://www.youtube.com/@thptleloiquangtri" aria-label="Find us on YouTube">YouTube</a></div>
</div></div>"""
    props = {
        "publication": {
            **_publication(request),
            "pinnedPost": _node(BY_SLUG[PINNED_SLUG], request) if page == 1 else None,
            "posts": {
                "edges": [{"node": _node(s, request)} for s in posts],
                "pageInfo": {"hasNextPage": page < pages, "endCursor": _cursor(page * PAGE_SIZE)},
            },
        },
        "feedEndpoint": "/api/feed",
        "page": page,
    }
    return _listing(
        request,
        hero=hero,
        posts=posts,
        page=page,
        pages=pages,
        base="/",
        canonical="/" if page == 1 else f"/?page={page}",
        title=PUB_TITLE if page == 1 else f"{PUB_TITLE} - Page {page}",
        page_name="/",
        query={"page": str(page)} if page > 1 else {},
        props=props,
        pinned=BY_SLUG[PINNED_SLUG] if page == 1 else None,
        cursor=_cursor(PAGE_SIZE),
    )


def _tag(request: Request, tag: str, page: int) -> Response | None:
    posts = _tag_posts(tag)
    pages = max(1, -(-len(posts) // TAG_PAGE_SIZE))
    if not posts or not 1 <= page <= pages:
        return None
    chunk = posts[(page - 1) * TAG_PAGE_SIZE : page * TAG_PAGE_SIZE]
    hero = f"""<div class="css-tag-hero bg-slate-50 py-12 text-center"><h1 class="font-heading text-3xl font-extrabold text-slate-900">{esc(TAGS[tag])}</h1>
<p class="mt-2 text-slate-500">#{tag} · {len(posts)} articles</p></div>"""
    props = {
        "publication": _publication(request),
        "tag": {"slug": tag, "name": TAGS[tag], "postsCount": len(posts)},
        "posts": {"edges": [{"node": _node(s, request)} for s in chunk]},
    }
    return _listing(
        request,
        hero=hero,
        posts=chunk,
        page=page,
        pages=pages,
        base=f"/tag/{tag}",
        canonical=f"/tag/{tag}" + (f"?page={page}" if page > 1 else ""),
        title=f"{TAGS[tag]} - {PUB_TITLE}",
        page_name="/tag/[slug]",
        query={"slug": tag},
        props=props,
    )


def _series(request: Request) -> Response:
    hero = f"""<div class="css-series-hero bg-slate-50 py-12 text-center"><p class="text-xs uppercase text-slate-500">Series</p>
<h1 class="font-heading text-3xl font-extrabold text-slate-900">{esc(SERIES_NAME)}</h1>
<div class="prose mx-auto mt-3 text-slate-600"><p>{esc(SERIES_DESC)}</p></div><p class="mt-2 text-sm text-slate-500">{len(SERIES_POSTS)} articles</p></div>"""
    props = {
        "publication": _publication(request),
        "series": {"slug": SERIES_SLUG, "name": SERIES_NAME, "posts": {"edges": [{"node": _node(s, request)} for s in SERIES_POSTS]}},
    }
    return _listing(
        request,
        hero=hero,
        posts=SERIES_POSTS,
        page=1,
        pages=1,
        base=f"/series/{SERIES_SLUG}",
        canonical=f"/series/{SERIES_SLUG}",
        title=f"{SERIES_NAME} - {PUB_TITLE}",
        page_name="/series/[slug]",
        query={"slug": SERIES_SLUG},
        props=props,
    )


def _newsletter(request: Request) -> Response:
    body = f"""<div class="css-1kx0hx5 container mx-auto max-w-3xl px-4 py-16 text-center">
<h1 class="font-heading mb-4 text-4xl font-extrabold text-slate-900">Newsletter</h1>
<p class="mb-8 text-lg text-slate-600">Subscribe to {esc(PUB_TITLE)}'s newsletter. Nhận tin mới nhất về các hoạt động của nhà trường qua email mỗi tuần.</p>
{_NEWSLETTER_BOX}
<p class="mt-6 text-sm text-slate-500">Join 1,204 other subscribers</p></div>"""
    props = {"publication": _publication(request), "subscribers": 1204}
    return _page(
        request,
        title=f"Newsletter - {PUB_TITLE}",
        description=f"Subscribe to {PUB_TITLE}'s newsletter",
        canonical="/newsletter",
        body=body,
        next_data=_next_data("/newsletter", {}, props),
        current="/newsletter",
    )


def _api_feed(request: Request) -> Response:
    params = request.params
    try:
        first = min(20, max(1, int(params.get("first", PAGE_SIZE))))
    except ValueError:
        first = PAGE_SIZE
    offset = _uncursor(params["after"]) if "after" in params else 0
    if offset is None or offset > len(FEED):
        body = {"errors": [{"message": "Invalid cursor", "extensions": {"code": "BAD_USER_INPUT"}}]}
        return Response(400, json.dumps(body), {"Content-Type": "application/json"})
    chunk = FEED[offset : offset + first]
    end = offset + len(chunk)
    body = {
        "data": {
            "publication": {
                "posts": {
                    "edges": [{"node": _node(s, request), "cursor": _cursor(offset + i + 1)} for i, s in enumerate(chunk)],
                    "pageInfo": {"hasNextPage": end < len(FEED), "endCursor": _cursor(end)},
                }
            }
        }
    }
    return Response(200, json.dumps(body, ensure_ascii=False), {"Content-Type": "application/json; charset=utf-8"})


def _rss(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title><![CDATA[{s.title}]]></title><description><![CDATA[{_brief(s)}]]></description>"
        f"<link>{base}/{s.slug}</link><guid isPermaLink=\"true\">{base}/{s.slug}</guid>"
        f"<dc:creator><![CDATA[{_names(s)[0]['name']}]]></dc:creator>"
        f"<pubDate>{_dt(s.opts['posted']).astimezone(UTC).strftime('%a, %d %b %Y %H:%M:%S GMT')}</pubDate></item>"
        for s in ALL_POSTS[:10]
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:atom="http://www.w3.org/2005/Atom" version="2.0"><channel>'
        f"<title><![CDATA[{PUB_TITLE}]]></title><description><![CDATA[Tin tức – hoạt động của Trường THPT Lê Lợi]]></description>"
        f"<link>{base}</link><generator>RSS for Node</generator><lastBuildDate>Sat, 05 Dec 2026 01:12:09 GMT</lastBuildDate>"
        f'<atom:link href="{base}/rss.xml" rel="self" type="application/rss+xml"/><language><![CDATA[vi]]></language>'
        f"{items}</channel></rss>"
    )
    return Response(200, xml, {"Content-Type": "application/xml; charset=utf-8"})


#: the sitemap is a cached copy from 30 Nov: without the newest posts, with an old slug and a
#: deleted post
SITEMAP_CUTOFF = "2026-11-30T23:59:00+07:00"


def _sitemap(request: Request) -> Response:
    base = base_url(request)
    slugs = [s.slug for s in ALL_POSTS if _dt(s.opts["posted"]) < _dt(SITEMAP_CUTOFF)]
    old = {v: k for k, v in RENAMED.items()}
    slugs = [old.get(s, s) for s in slugs] + [DELETED_SLUG]
    urls = ["/", *[f"/{s}" for s in slugs], *[f"/{p}" for p in STATIC_PAGES], f"/series/{SERIES_SLUG}",
            *[f"/tag/{t}" for t in TAGS], "/newsletter"]
    body = "".join(f"<url><loc>{base}{u}</loc><changefreq>weekly</changefreq></url>" for u in urls)
    xml = f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>'
    return Response(200, xml, {"Content-Type": "application/xml; charset=utf-8"})


def _robots(request: Request) -> Response:
    body = f"User-agent: *\nAllow: /\nDisallow: /api/\n\nSitemap: {base_url(request)}/sitemap.xml\n"
    return Response(200, body, {"Content-Type": "text/plain; charset=utf-8"})


def _page_param(request: Request) -> int | None:
    value = request.params.get("page", "1")
    return int(value) if value.isdigit() else None


class HashnodeSite:
    def respond(self, request: Request) -> Response | None:
        if request.method not in ("GET", "HEAD"):
            return None
        path = request.path
        if path.startswith(("/res/hashnode/", "/_next/static/")) or path == "/favicon.ico":
            return static_file(path)
        if path != "/" and path.endswith("/"):
            return redirect(path.rstrip("/") + (f"?{request.query}" if request.query else ""), 308)
        if path == "/":
            page = _page_param(request)
            return _home(request, page) if page else None
        if path == "/api/feed":
            return _api_feed(request)
        if path == "/rss.xml":
            return _rss(request)
        if path == "/sitemap.xml":
            return _sitemap(request)
        if path == "/robots.txt":
            return _robots(request)
        if path == "/newsletter":
            return _newsletter(request)
        if m := re.fullmatch(r"/tag/([a-z0-9-]+)", path):
            page = _page_param(request)
            return _tag(request, m.group(1), page) if m.group(1) in TAGS and page else None
        if path == f"/series/{SERIES_SLUG}":
            return _series(request)
        if m := re.fullmatch(r"/([a-z0-9-]+)", path):
            slug = m.group(1)
            if slug in BY_SLUG:
                return _post_page(request, BY_SLUG[slug])
            if slug in STATIC_PAGES:
                return _static_page(request, slug)
            if slug in RENAMED:
                return redirect(f"/{RENAMED[slug]}", 308)
        return None


def build_site() -> HashnodeSite:
    return HashnodeSite()


# --- gold ------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts = []
    if any(story in _more_articles(s) for s in ALL_POSTS):
        alts.append(f"/{story.slug}?source={SOURCE_MORE}")
    if story.opts["series"]:
        alts.append(f"/{story.slug}?source={SOURCE_SERIES}")
    return alts


def _day_printed(record: dict) -> dict:
    """The day the page prints, in the site's zone (the JSON-LD's time is no printed one)."""
    value = record["published_at"]
    return {**record, "published_at": value[:10]} if value and len(value) > 10 else record


GOLD = [
    _day_printed(gold_record(s, f"/{s.slug}", s.cat, canonical_path=f"/{s.slug}", alt_paths=_alt_paths(s)))
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/doi-ngu-giao-vien",
    "/newsletter",
    f"/{MEDIA_POSTS[0].slug}",
    f"/{MEDIA_POSTS[1].slug}",
]
