"""Nikola static blog of a district education office: Phòng GD&ĐT huyện Đông Sơn (blind fixture).

Platform
    Nikola 7.8 (Python static site generator), a local theme ``pgd_bs3`` derived from
    ``bootstrap3`` (Vietnamese messages of Nikola: "Kho" for Archive, "Nguồn" for Source,
    "Bài viết trước đây" for Older posts, "Đã đăng：", "Đã được cập nhật"). Posts are written
    in reStructuredText and rendered by docutils' html4 writer (``div.section``, ``div.figure``
    with ``p.caption``, ``table.docutils``, ``div.line-block``). The office left
    ``TIMEZONE = "UTC"`` in ``conf.py``: every printed date and ``datetime`` attribute is UTC.
    URLs are relative (``URL_TYPE = "rel_path"``), ``PRETTY_URLS`` and ``STRIP_INDEXES`` on.

URL scheme
    /                              main index (full posts, 5 a page, ``INDEXES_STATIC``)
    /index.html                    the same page
    /index-2.html, /index-1.html   older pages; with static indexes index-1 is the OLDEST page
    /posts/<slug>/                 a post (also /posts/<slug>/index.html; /posts/<slug> -> 301)
    /posts/<slug>/index.rst        the post's reST source (text/plain), the "Nguồn" link
    /pages/<slug>/                 a page (intro, organisation, phone book, contact)
    /categories/                   "Thẻ và Thể loại": categories and tags
    /categories/cat_<slug>/        a category: a list of post titles with dates
    /categories/<tag>/             a tag (Nikola puts tag pages under /categories/ too)
    /archive.html                  "Kho": every post, by month
    /galleries/<name>/             a photo album
    /rss.xml, /robots.txt, /sitemapindex.xml, /sitemap.xml
    /images/…, /galleries/<name>/…, /assets/…, /files/….pdf   static files

Page templates
    post (``article.post-text.h-entry.postpage``: h1 title, byline with the CMS account, dateline
    with ``<time>``, "Nguồn" sourceline, ``div.e-content`` body, tag list, pager, "Các bài viết
    khác", Facebook comments); index (the same markup for each of 5 full posts, then the pager);
    page (``storypage``, no byline/date); tag/category/archive lists (``ul.postlist``); gallery.
    Chrome on every page: top bar with today's date, logo, menu with drop-downs, breadcrumb, a
    hand-written sidebar (Tin nổi bật, Thông báo marquee, Liên kết website, Khảo sát, Thống kê
    truy cập), footer.

How each gold article is reached
    Fifteen posts, newest first: index.html holds posts 1-5, index-2.html 6-10, index-1.html
    11-15 (the pager of index.html says "Bài viết trước đây" -> index-2.html -> index-1.html).
    Every post is also on its category page, on /archive.html and in /sitemap.xml; the ten
    newest are in /rss.xml. Two of the fifteen posts are not articles (a video, a document
    entry), so 13 gold articles. Posts 6-15 (nine articles) are on index-2/index-1 only, as far
    as the main index goes. A crawler that follows every link, .rst sources and feeds included,
    makes 60 requests; one that skips text/plain sources and feeds about 45.

Traps
    1. Tags live under /categories/<tag>/ and categories under /categories/cat_<slug>/; the post
       marks its *tags* ``class="tag p-category"``. Gold category = the Nikola category the
       breadcrumb prints ("Chuyên môn"), never a tag ("THCS", "Chuyển đổi số").
    2. Full-post index pages: index.html, index-2.html and index-1.html print each post entire
       (h1 title, byline, dateline, body) exactly as its own page does. They are listings; the
       article's URL is /posts/<slug>/. Static index numbering: index-1.html is the oldest page.
    3. TIMEZONE = "UTC": datelines print "02/12/2026 23:15" with
       ``datetime="2026-12-02T23:15:00+00:00"`` for a post written at 06:15 on 03/12 in Vietnam.
       Gold is the same instant in Asia/Ho_Chi_Minh ("2026-12-03T06:15:00+07:00"); reading the
       text as local time is wrong by seven hours (and by a day for that post).
    4. Date-only metadata: Nikola prints midnight UTC ("26/11/2026 00:00",
       ``2026-11-26T00:00:00+00:00``). Midnight is a day without a time: gold "2026-11-26", not
       "2026-11-26T07:00:00+07:00".
    5. "Nguồn" next to the date is Nikola's *Source* link (to index.rst, text/plain), not a
       source line: gold source null, except the post closing with "Theo Báo Thanh Hóa"
       (source "Báo Thanh Hóa"). A body sentence "Theo Sở GD&ĐT, …" / "Theo kế hoạch …" is text.
    6. The byline under the title is the CMS account ("quantri-pgd", also in meta author):
       nobody. Authors sign in right-aligned closing paragraphs (``p.text-right``): "Tin, ảnh: X"
       (X both), "Tin: X - Ảnh: Y", "ThS. X - Phó Trưởng phòng GD&ĐT" (X), "X (Trường MN …)"
       (X), "X, Trường THCS …" (X), a unit alone ("Tổ Chuyên môn THCS": as printed), "BBT"
       (nobody).
    7. "(Đã được cập nhật <time class="updated">…)" sits inside the same ``p.dateline`` link
       as the publication time: gold takes the published time only.
    8. Duplicates: the hand-written sidebar links "Tin nổi bật" as /posts/<slug>/index.html
       (alt path of the article), plus one stale slug (404); a "Xem thêm" link in a body has no
       trailing slash (301 to the post). Canonical is /posts/<slug>/.
    9. docutils images: ``alt`` is the image's path (docutils' default), never a caption; a
       figure's ``p.caption`` is the caption, its ``div.legend`` "Ảnh: X" is a credit; an image
       followed by a centred italic "(…)" paragraph is captioned by it (parentheses off, not
       body); a caption that only says "Ảnh: X" is no caption (None; X photographer); a
       ``.. thumbnail::`` figure shows ``*.thumbnail.jpg`` inside a link to the full photo.
    10. One post was typed with Unikey's "Unicode tổ hợp": title and text are decomposed (NFD)
        everywhere it is printed. Gold is NFC.
    11. An official notice posted 01/12 carries its letterhead table, "Số: …", "Đông Sơn, ngày
        30 tháng 11 năm 2026", "THÔNG BÁO / Về việc …", then "Nơi nhận" and the signer: body is
        only the text between; date 2026-11-30; author the signer.
    12. Dated posts that are not articles: the "Video" post (a YouTube embed and one line) and
        the "Văn bản" post (a reST field list: Số ký hiệu, Ngày ban hành, Trích yếu, tệp PDF).
        Pages under /pages/ use the same ``article`` markup (h1, e-content) without a date.
    13. Chrome that reads like content: "Các bài viết khác" (titles with dates) under each post,
        the "Thông báo" marquee, the poll, the counter; "Xem thêm:" and "Tệp đính kèm:" lines
        inside the body are not text.

Gold decisions on ambiguous points
    - published_at: the UTC instant printed by Nikola, rewritten in +07:00; date-only posts
      (printed 00:00 UTC) are the day alone; the notice takes its letterhead day.
    - docutils line blocks (``div.line``) are lines: each is a paragraph, even inside a
      blockquote (a poem); a "- " typed at the start of a line is kept.
    - table rows (header row included) are paragraphs, cells joined by " | ".
    - thumbnail figure: the image is the ``<img src>`` printed (the .thumbnail.jpg), not the
      full-size link target.
    - summary: a first paragraph wholly in ``<strong>`` is the sapo; Nikola's ``description``
      (meta description, og:description) alone is not.
    - category: the Nikola category ("Tin tức - Sự kiện", "Chuyên môn", "Thông báo").
    - a byline with the author's school after a comma or in parentheses keeps only the name.
"""

from __future__ import annotations

import posixpath
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import format_datetime

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
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

NAME = "nikola_pgd"
PLATFORM = "Nikola 7.8 (static site generator, bootstrap3-derived theme, reST posts)"
START_PATH = "/"

ICT = timezone(timedelta(hours=7))
SITE_TITLE = "Phòng Giáo dục và Đào tạo huyện Đông Sơn"
BRAND = "Phòng GD&ĐT Đông Sơn"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
ACCOUNT = "quantri-pgd"
PER_PAGE = 5

CATEGORIES = {
    "Tin tức - Sự kiện": "tin-tuc-su-kien",
    "Chuyên môn": "chuyen-mon",
    "Thông báo": "thong-bao",
    "Văn bản": "van-ban",
    "Video": "video",
}
TAGS = {"THCS": "thcs", "Mầm non": "mam-non", "Chuyển đổi số": "chuyen-doi-so"}


@dataclass
class Post:
    story: Story
    when: datetime | date  # local (ICT) time, or the day alone when the metadata had no time
    tags: tuple[str, ...] = ()
    kind: str = "article"  # article | video | doc
    updated: datetime | None = None
    description: str | None = None
    nfd: bool = False

    @property
    def path(self) -> str:
        return f"/posts/{self.story.slug}/"

    @property
    def utc(self) -> datetime:
        if isinstance(self.when, datetime):
            return self.when.astimezone(UTC)
        return datetime(self.when.year, self.when.month, self.when.day, tzinfo=UTC)

    def t(self, value: str) -> str:
        return text(value, nfd=self.nfd)


def _rtext(html_: str) -> Raw:
    return Raw(html_)


# --- the fifteen posts -------------------------------------------------------------------------

S = Story


def _byline(inner: str, tag: str = "strong") -> Raw:
    return Raw(f'<p class="text-right"><{tag}>{inner}</{tag}></p>')


POSTS: list[Post] = [
    Post(
        S(
            1,
            "tong-ket-hoi-khoe-phu-dong-cap-huyen-lan-thu-xi-nam-2026",
            "Đông Sơn: Tổng kết Hội khỏe Phù Đổng cấp huyện lần thứ XI năm 2026",
            "Tin tức - Sự kiện",
            "2026-12-04T16:20:00+07:00",
            [
                P(
                    "Chiều ngày 04/12/2026, tại Nhà thi đấu đa năng huyện, Phòng GD&ĐT huyện Đông Sơn "
                    "tổ chức lễ tổng kết và trao giải Hội khỏe Phù Đổng cấp huyện lần thứ XI năm 2026. "
                    "Sau 5 ngày tranh tài sôi nổi, hơn 1.200 vận động viên là học sinh của 38 trường "
                    "tiểu học và THCS đã thi đấu ở 9 môn.",
                    "lead",
                ),
                Img(
                    "/images/2026/hkpd-tong-ket-01.jpg",
                    "Đồng chí Lê Văn Thắng, Trưởng phòng GD&ĐT trao cờ cho đơn vị xếp nhất toàn "
                    "đoàn\nẢnh: Lê Minh Tuấn",
                    "Đồng chí Lê Văn Thắng, Trưởng phòng GD&ĐT trao cờ cho đơn vị xếp nhất toàn đoàn",
                    "figure-legend",
                ),
                P(
                    "Hội khỏe Phù Đổng cấp huyện năm nay có 9 môn thi đấu gồm: điền kinh, bơi, cầu "
                    "lông, bóng bàn, cờ vua, đá cầu, bóng đá nam, kéo co và võ cổ truyền. Ban tổ chức "
                    "đã trao 96 huy chương vàng, 102 huy chương bạc và 131 huy chương đồng cho các vận "
                    "động viên đạt thành tích."
                ),
                P(
                    "Kết quả xếp hạng toàn đoàn khối THCS: giải Nhất thuộc về Trường THCS Nhữ Bá Sỹ, "
                    "giải Nhì thuộc về Trường THCS Đông Xuân, giải Ba thuộc về Trường THCS Đông Văn. "
                    "Khối tiểu học: giải Nhất Trường TH Đông Tiến, giải Nhì Trường TH Rừng Thông, "
                    "giải Ba Trường TH Đông Thanh."
                ),
                Img(
                    "/images/2026/hkpd-tong-ket-02.jpg",
                    "(Các vận động viên môn kéo co khối THCS tranh tài tại sân vận động huyện)",
                    "Các vận động viên môn kéo co khối THCS tranh tài tại sân vận động huyện",
                    "image-next",
                ),
                P(
                    "Phát biểu tại lễ tổng kết, đồng chí Trưởng phòng GD&ĐT ghi nhận tinh thần thi đấu "
                    "trung thực, cao thượng của các vận động viên; đề nghị các nhà trường tiếp tục duy "
                    "trì phong trào tập luyện thể dục thể thao thường xuyên, lựa chọn những vận động "
                    "viên xuất sắc để tập huấn chuẩn bị tham gia Hội khỏe Phù Đổng cấp tỉnh năm 2027."
                ),
                _byline("Tin, ảnh: Lê Minh Tuấn"),
            ],
            authors=["Lê Minh Tuấn"],
            photographers=["Lê Minh Tuấn"],
            summary=(
                "Chiều ngày 04/12/2026, tại Nhà thi đấu đa năng huyện, Phòng GD&ĐT huyện Đông Sơn "
                "tổ chức lễ tổng kết và trao giải Hội khỏe Phù Đổng cấp huyện lần thứ XI năm 2026. "
                "Sau 5 ngày tranh tài sôi nổi, hơn 1.200 vận động viên là học sinh của 38 trường "
                "tiểu học và THCS đã thi đấu ở 9 môn."
            ),
        ),
        datetime(2026, 12, 4, 16, 20, tzinfo=ICT),
        ("THCS",),
        description="Tổng kết, trao giải Hội khỏe Phù Đổng cấp huyện lần thứ XI năm 2026.",
    ),
    Post(
        S(
            2,
            "khai-mac-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-thcs-nam-hoc-2026-2027",
            "Khai mạc Hội thi Giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026 - 2027",
            "Chuyên môn",
            "2026-12-03T06:15:00+07:00",
            [
                P(
                    "Sáng ngày 03/12/2026, tại Trường THCS Nhữ Bá Sỹ, Phòng GD&ĐT huyện Đông Sơn tổ "
                    "chức khai mạc Hội thi Giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026 - 2027."
                ),
                P(
                    "Tham dự hội thi có 86 giáo viên đến từ 15 trường THCS trên địa bàn huyện, dự thi ở "
                    "11 môn học: Ngữ văn, Toán, Khoa học tự nhiên, Lịch sử và Địa lí, Giáo dục công dân, "
                    "Tiếng Anh, Tin học, Công nghệ, Giáo dục thể chất, Âm nhạc và Mĩ thuật."
                ),
                P("Nội dung và hình thức thi", "h2"),
                P(
                    "Thi năng lực: giáo viên trình bày biện pháp nâng cao chất lượng giảng dạy và giáo "
                    "dục học sinh (thời gian không quá 15 phút);",
                    "li",
                ),
                P(
                    "Thi thực hành: mỗi giáo viên dạy 02 tiết, trong đó 01 tiết bốc thăm trước 02 ngày "
                    "và 01 tiết tự chọn;",
                    "li",
                ),
                P(
                    "Giáo viên phải có ít nhất 01 tiết dạy ứng dụng công nghệ thông tin, học liệu số.",
                    "li",
                ),
                Img(
                    "/images/2026/gvdg-thcs-khai-mac.jpg",
                    "Quang cảnh lễ khai mạc Hội thi",
                    "Quang cảnh lễ khai mạc Hội thi",
                    "figure",
                ),
                P(
                    "Hội thi diễn ra từ ngày 03/12 đến ngày 12/12/2026. Đây là dịp để giáo viên giao "
                    "lưu, học hỏi kinh nghiệm, đổi mới phương pháp dạy học theo định hướng phát triển "
                    "phẩm chất, năng lực học sinh theo Chương trình giáo dục phổ thông 2018."
                ),
                _byline("ThS. Nguyễn Thị Lan - Phó Trưởng phòng GD&amp;ĐT", "em"),
            ],
            authors=["Nguyễn Thị Lan"],
        ),
        datetime(2026, 12, 3, 6, 15, tzinfo=ICT),
        ("THCS",),
        description="86 giáo viên của 15 trường THCS tham dự Hội thi GVDG cấp huyện.",
    ),
    Post(
        S(
            3,
            "video-ngay-hoi-stem-hoc-sinh-tieu-hoc-nam-2026",
            "[Video] Ngày hội STEM học sinh tiểu học huyện Đông Sơn năm 2026",
            "Video",
            None,
            [
                Raw(
                    '<div class="youtube-video">\n<iframe width="560" height="315" '
                    'src="https://www.youtube-nocookie.com/embed/q8Z3cX0tS1k?rel=0&amp;wmode=transparent" '
                    'frameborder="0" allow="encrypted-media" allowfullscreen></iframe>\n</div>'
                ),
                P("Phóng sự của Trung tâm Văn hóa, Thông tin, Thể thao và Du lịch huyện Đông Sơn."),
            ],
        ),
        date(2026, 12, 2),
        kind="video",
    ),
    Post(
        S(
            4,
            "thong-bao-tuyen-dung-hop-dong-giao-vien-mam-non-tieu-hoc-nam-hoc-2026-2027",
            "Thông báo tuyển dụng hợp đồng giáo viên mầm non, tiểu học năm học 2026 - 2027",
            "Thông báo",
            "2026-11-30",
            [
                Raw(
                    '<table border="1" class="borderless docutils">\n<colgroup>\n<col width="45%" />\n'
                    '<col width="55%" />\n</colgroup>\n<tbody valign="top">\n<tr><td>'
                    '<div class="first last line-block">\n<div class="line">UBND HUYỆN ĐÔNG SƠN</div>\n'
                    '<div class="line"><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong></div>\n</div>\n'
                    '</td>\n<td><div class="first last line-block">\n<div class="line"><strong>CỘNG HÒA '
                    'XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong></div>\n<div class="line"><strong>Độc lập - Tự do '
                    '- Hạnh phúc</strong></div>\n</div>\n</td>\n</tr>\n<tr><td><p class="first last">'
                    'Số: 512/TB-PGDĐT</p>\n</td>\n<td><p class="first last"><em>Đông Sơn, ngày 30 tháng '
                    '11 năm 2026</em></p>\n</td>\n</tr>\n</tbody>\n</table>'
                ),
                Raw(
                    '<p class="text-center"><strong>THÔNG BÁO</strong></p>\n<p class="text-center">'
                    "<strong>Về việc tuyển dụng hợp đồng giáo viên mầm non, tiểu học năm học 2026 - "
                    "2027</strong></p>"
                ),
                P(
                    "Căn cứ Nghị định số 111/2022/NĐ-CP ngày 30/12/2022 của Chính phủ về hợp đồng đối "
                    "với một số loại công việc trong cơ quan hành chính và đơn vị sự nghiệp công lập;"
                ),
                P(
                    "Căn cứ Kế hoạch số 205/KH-UBND ngày 20/11/2026 của UBND huyện Đông Sơn về việc hợp "
                    "đồng giáo viên năm học 2026 - 2027;"
                ),
                P(
                    "Phòng Giáo dục và Đào tạo huyện Đông Sơn thông báo tuyển dụng hợp đồng giáo viên "
                    "như sau:"
                ),
                P("1. Chỉ tiêu", "b"),
                P("Giáo viên mầm non: 12 chỉ tiêu;", "li"),
                P("Giáo viên tiểu học văn hóa: 08 chỉ tiêu;", "li"),
                P("Giáo viên tiếng Anh cấp tiểu học: 03 chỉ tiêu.", "li"),
                P("2. Điều kiện đăng ký dự tuyển", "b"),
                P(
                    "Người đăng ký dự tuyển có trình độ chuẩn được đào tạo theo quy định tại Luật Giáo "
                    "dục năm 2019; có đủ sức khỏe để thực hiện nhiệm vụ; không trong thời gian bị truy "
                    "cứu trách nhiệm hình sự."
                ),
                P("3. Thời gian, địa điểm nhận hồ sơ", "b"),
                P(
                    "Từ ngày 02/12/2026 đến hết ngày 15/12/2026 (trong giờ hành chính), tại Phòng Giáo "
                    "dục và Đào tạo huyện Đông Sơn, số 08 đường Nguyễn Mộng Tuân, thị trấn Rừng Thông. "
                    "Điện thoại liên hệ: 0237 3 697 215."
                ),
                Raw(
                    '<table border="1" class="borderless docutils">\n<colgroup>\n<col width="50%" />\n'
                    '<col width="50%" />\n</colgroup>\n<tbody valign="top">\n<tr><td>'
                    '<div class="first last line-block">\n<div class="line"><strong><em>Nơi nhận:'
                    '</em></strong></div>\n<div class="line">- UBND huyện (b/c);</div>\n'
                    '<div class="line">- Các trường MN, TH;</div>\n<div class="line">- Cổng TTĐT '
                    'Phòng;</div>\n<div class="line">- Lưu: VT.</div>\n</div>\n</td>\n<td>'
                    '<div class="first last line-block text-center">\n<div class="line"><strong>'
                    'TRƯỞNG PHÒNG</strong></div>\n<div class="line"><br /></div>\n<div class="line">'
                    '<em>(Đã ký)</em></div>\n<div class="line"><br /></div>\n<div class="line">'
                    "<strong>Lê Văn Thắng</strong></div>\n</div>\n</td>\n</tr>\n</tbody>\n</table>"
                ),
            ],
            authors=["Lê Văn Thắng"],
        ),
        datetime(2026, 12, 1, 8, 0, tzinfo=ICT),
        ("Mầm non",),
        description="Tuyển dụng hợp đồng 23 giáo viên mầm non, tiểu học năm học 2026 - 2027.",
    ),
    Post(
        S(
            5,
            "tap-huan-khai-thac-co-so-du-lieu-nganh-va-hoc-ba-so",
            "Tập huấn khai thác, sử dụng cơ sở dữ liệu ngành và học bạ số năm 2026",
            "Chuyên môn",
            "2026-11-28T14:00:00+07:00",
            [
                P(
                    "Ngày 28/11/2026, Phòng GD&ĐT huyện Đông Sơn tổ chức tập huấn khai thác, sử dụng hệ "
                    "thống cơ sở dữ liệu ngành và triển khai học bạ số cho cán bộ quản lý, giáo viên phụ "
                    "trách công nghệ thông tin của các trường tiểu học, THCS trên địa bàn huyện.",
                    "lead",
                ),
                Img(
                    "/images/2026/tap-huan-hoc-ba-so.thumbnail.jpg",
                    "Báo cáo viên hướng dẫn thao tác ký số học bạ trên hệ thống",
                    "Báo cáo viên hướng dẫn thao tác ký số học bạ trên hệ thống",
                    "thumb",
                ),
                P(
                    "Tại buổi tập huấn, báo cáo viên của Sở GD&ĐT đã hướng dẫn quy trình cập nhật dữ liệu "
                    "học sinh, giáo viên lên hệ thống; cách tạo lập, ký số và lưu trữ học bạ điện tử theo "
                    "hướng dẫn của Bộ GD&ĐT."
                ),
                P(
                    "Học viên được thực hành trực tiếp trên tài khoản của đơn vị, trao đổi những vướng "
                    "mắc thường gặp như sai lệch mã định danh học sinh, đồng bộ điểm từ phần mềm quản lý "
                    "nhà trường."
                ),
                P(
                    "Theo lộ trình, từ học kỳ II năm học 2026 - 2027, 100% trường tiểu học và THCS của "
                    "huyện thực hiện học bạ số đối với học sinh lớp 1, lớp 2 và lớp 6."
                ),
                Raw(
                    '<p><strong>Xem thêm:</strong> <a class="reference external" '
                    'href="../ke-hoach-hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-tieu-hoc">Kế hoạch tổ '
                    "chức Hội thi Giáo viên chủ nhiệm lớp giỏi cấp tiểu học</a></p>"
                ),
                Raw(
                    '<p>Tệp đính kèm: <a class="reference external" '
                    'href="{R}files/2026/tai-lieu-tap-huan-hoc-ba-so.pdf">'
                    "tai-lieu-tap-huan-hoc-ba-so.pdf</a></p>"
                ),
                _byline("Tin: Phạm Văn Hùng - Ảnh: Đỗ Thị Hạnh"),
            ],
            authors=["Phạm Văn Hùng"],
            photographers=["Đỗ Thị Hạnh"],
            summary=(
                "Ngày 28/11/2026, Phòng GD&ĐT huyện Đông Sơn tổ chức tập huấn khai thác, sử dụng hệ "
                "thống cơ sở dữ liệu ngành và triển khai học bạ số cho cán bộ quản lý, giáo viên phụ "
                "trách công nghệ thông tin của các trường tiểu học, THCS trên địa bàn huyện."
            ),
        ),
        datetime(2026, 11, 28, 14, 0, tzinfo=ICT),
        ("Chuyển đổi số",),
        updated=datetime(2026, 11, 29, 9, 5, tzinfo=ICT),
    ),
    Post(
        S(
            6,
            "ket-qua-thi-chon-hoc-sinh-gioi-lop-9-cap-huyen-nam-hoc-2026-2027",
            "Kết quả kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027",
            "Chuyên môn",
            "2026-11-26",
            [
                P(
                    "Ngày 22/11/2026, Phòng GD&ĐT huyện Đông Sơn tổ chức kỳ thi chọn học sinh giỏi lớp 9 "
                    "cấp huyện năm học 2026 - 2027 với 412 thí sinh dự thi ở 9 môn văn hóa."
                ),
                P(
                    "Căn cứ kết quả chấm thi, Phòng GD&ĐT công bố kết quả xếp thứ tự đồng đội các trường "
                    "có tổng điểm cao nhất như sau:"
                ),
                P("TT | Đơn vị | Số giải | Tổng điểm | Xếp thứ", "thead"),
                P("1 | THCS Nhữ Bá Sỹ | 41 | 612,5 | Nhất", "row"),
                P("2 | THCS Đông Xuân | 27 | 398,0 | Nhì", "row"),
                P("3 | THCS Đông Văn | 22 | 341,25 | Ba", "row"),
                P("4 | THCS Đông Tiến | 19 | 287,75 | Tư", "row"),
                P(
                    "Các thí sinh đạt giải sẽ được lựa chọn vào đội tuyển tham gia kỳ thi chọn học sinh "
                    "giỏi cấp tỉnh năm học 2026 - 2027. Danh sách chi tiết được gửi về các nhà trường qua "
                    "hệ thống quản lý văn bản điều hành."
                ),
                _byline("Tổ Chuyên môn THCS"),
            ],
            authors=["Tổ Chuyên môn THCS"],
        ),
        date(2026, 11, 26),
        ("THCS",),
    ),
    Post(
        S(
            7,
            "cong-van-1452-pgddt-thcs-huong-dan-kiem-tra-danh-gia-giua-hoc-ky-i",
            "Công văn số 1452/PGDĐT-THCS hướng dẫn kiểm tra, đánh giá giữa học kỳ I năm học 2026 - 2027",
            "Văn bản",
            None,
            [
                Raw(
                    '<table class="docutils field-list" frame="void" rules="none">\n'
                    '<col class="field-name" />\n<col class="field-body" />\n<tbody valign="top">\n'
                    '<tr class="field"><th class="field-name">Số ký hiệu:</th><td class="field-body">'
                    '1452/PGDĐT-THCS</td>\n</tr>\n<tr class="field"><th class="field-name">Ngày ban '
                    'hành:</th><td class="field-body">24/11/2026</td>\n</tr>\n<tr class="field">'
                    '<th class="field-name">Loại văn bản:</th><td class="field-body">Công văn</td>\n'
                    '</tr>\n<tr class="field"><th class="field-name">Trích yếu:</th>'
                    '<td class="field-body">V/v hướng dẫn kiểm tra, đánh giá giữa học kỳ I năm học '
                    '2026 - 2027 cấp THCS</td>\n</tr>\n<tr class="field"><th class="field-name">Người '
                    'ký:</th><td class="field-body">Nguyễn Thị Lan</td>\n</tr>\n<tr class="field">'
                    '<th class="field-name">Tệp:</th><td class="field-body"><a class="reference '
                    'external" href="{R}files/2026/1452-PGDDT-THCS.pdf">1452-PGDDT-THCS.pdf</a>'
                    "</td>\n</tr>\n</tbody>\n</table>"
                ),
            ],
        ),
        datetime(2026, 11, 25, 9, 30, tzinfo=ICT),
        ("THCS",),
        kind="doc",
    ),
    Post(
        S(
            8,
            "tri-an-thay-co-nhan-ky-niem-44-nam-ngay-nha-giao-viet-nam",
            "Tri ân thầy cô nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11 🌷",
            "Tin tức - Sự kiện",
            "2026-11-20T10:45:00+07:00",
            [
                P(
                    "Sáng 20/11/2026, Phòng GD&ĐT huyện Đông Sơn phối hợp với Công đoàn ngành tổ chức Lễ "
                    "kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), tôn vinh những "
                    "thầy cô giáo tiêu biểu trong sự nghiệp trồng người.",
                    "lead",
                ),
                P(
                    "Năm học 2025 - 2026, toàn huyện có 28 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
                    "tỉnh, 9 tập thể và 36 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen. Chất lượng giáo "
                    "dục mũi nhọn tiếp tục đứng trong tốp đầu của tỉnh."
                ),
                Img(
                    "/images/2026/20-11-tuyen-duong.jpg",
                    "Lãnh đạo huyện tặng hoa chúc mừng các nhà giáo tiêu biểu",
                    "Lãnh đạo huyện tặng hoa chúc mừng các nhà giáo tiêu biểu",
                    "figure",
                ),
                P("Tại buổi lễ, đại diện giáo viên trẻ Trường Tiểu học Đông Tiến bày tỏ:"),
                P(
                    "“Được đứng trên bục giảng ở chính mảnh đất quê hương là niềm hạnh phúc lớn nhất của "
                    "em. Chúng em nguyện tiếp bước thế hệ thầy cô đi trước, tận tụy với học trò.”",
                    "quote",
                ),
                P(
                    "Chương trình văn nghệ chào mừng khép lại bằng những vần thơ học trò gửi tặng thầy "
                    "cô:"
                ),
                P("Thầy dạy em từ những ngày bỡ ngỡ", "qline"),
                P("Nét chữ nghiêng nghiêng, trang vở đầu đời", "qline"),
                P("Bao mùa phượng đỏ, bao lần lá đổ", "qline"),
                P("Lời thầy theo em suốt cả cuộc đời.", "qline"),
                Img("/images/2026/20-11-van-nghe.jpg", "Ảnh: Hoàng Thu Trang", None, "image-next"),
                _byline("Hoàng Thu Trang"),
            ],
            authors=["Hoàng Thu Trang"],
            photographers=["Hoàng Thu Trang"],
            summary=(
                "Sáng 20/11/2026, Phòng GD&ĐT huyện Đông Sơn phối hợp với Công đoàn ngành tổ chức Lễ "
                "kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), tôn vinh những "
                "thầy cô giáo tiêu biểu trong sự nghiệp trồng người."
            ),
        ),
        datetime(2026, 11, 20, 10, 45, tzinfo=ICT),
        (),
        description="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11.",
    ),
    Post(
        S(
            9,
            "truong-mam-non-dong-hoa-don-bang-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-1",
            "Trường Mầm non Đông Hòa đón Bằng công nhận trường đạt chuẩn Quốc gia mức độ 1",
            "Tin tức - Sự kiện",
            "2026-11-18T15:10:00+07:00",
            [
                P(
                    "Chiều ngày 18/11/2026, Trường Mầm non Đông Hòa long trọng tổ chức lễ đón nhận Bằng "
                    "công nhận trường đạt kiểm định chất lượng giáo dục cấp độ 2 và đạt chuẩn Quốc gia "
                    "mức độ 1."
                ),
                P(
                    "Nhà trường hiện có 9 nhóm, lớp với 276 trẻ; đội ngũ 27 cán bộ, giáo viên, nhân viên, "
                    "trong đó 100% giáo viên đạt chuẩn trình độ đào tạo. Những năm qua, được sự quan tâm "
                    "của cấp ủy, chính quyền địa phương, nhà trường đã đầu tư xây mới 6 phòng học, bếp ăn "
                    "một chiều và khu vui chơi ngoài trời."
                ),
                Img(
                    "/images/2026/mn-dong-hoa-chuan-qg.jpg",
                    "Đại diện lãnh đạo UBND huyện trao Bằng công nhận cho nhà trường",
                    "Đại diện lãnh đạo UBND huyện trao Bằng công nhận cho nhà trường",
                    "figure",
                ),
                P(
                    "Phát biểu tại buổi lễ, bà Nguyễn Thị Hồng, Hiệu trưởng nhà trường cảm ơn sự quan tâm "
                    "của các cấp, các ngành và hứa sẽ tiếp tục giữ vững, nâng cao chất lượng chăm sóc, "
                    "nuôi dưỡng và giáo dục trẻ."
                ),
                _byline("Nguyễn Thị Mai (Trường MN Đông Hòa)", "em"),
            ],
            authors=["Nguyễn Thị Mai"],
        ),
        datetime(2026, 11, 18, 15, 10, tzinfo=ICT),
        ("Mầm non",),
        nfd=True,
    ),
    Post(
        S(
            10,
            "nganh-giao-duc-thanh-hoa-day-manh-ung-dung-tri-tue-nhan-tao-trong-day-hoc",
            "Ngành Giáo dục Thanh Hóa đẩy mạnh ứng dụng trí tuệ nhân tạo trong dạy học",
            "Tin tức - Sự kiện",
            "2026-11-12T08:00:00+07:00",
            [
                P(
                    "Năm học 2026 - 2027, ngành Giáo dục và Đào tạo Thanh Hóa xác định chuyển đổi số, ứng "
                    "dụng trí tuệ nhân tạo (AI) là một trong những nhiệm vụ trọng tâm nhằm nâng cao chất "
                    "lượng dạy và học.",
                    "lead",
                ),
                P(
                    "Theo Sở GD&ĐT, đến nay 100% cơ sở giáo dục phổ thông trên địa bàn tỉnh đã sử dụng "
                    "phần mềm quản lý trường học, sổ điểm điện tử; nhiều trường đã thí điểm sử dụng các "
                    "công cụ AI hỗ trợ giáo viên soạn bài, xây dựng ngân hàng câu hỏi và cá nhân hóa việc "
                    "học của học sinh."
                ),
                P(
                    "Tuy nhiên, việc ứng dụng AI cũng đặt ra yêu cầu về năng lực số của đội ngũ, về bảo "
                    "mật dữ liệu học sinh và liêm chính học thuật. Sở GD&ĐT đã ban hành hướng dẫn sử dụng "
                    "AI có trách nhiệm trong nhà trường, tổ chức bồi dưỡng cho hơn 5.000 giáo viên cốt cán."
                ),
                Img(
                    "/images/2026/ai-day-hoc.jpg",
                    "Giờ học có sử dụng công cụ trí tuệ nhân tạo tại một trường THCS ở TP Thanh Hóa",
                    "Giờ học có sử dụng công cụ trí tuệ nhân tạo tại một trường THCS ở TP Thanh Hóa",
                    "figure",
                ),
                P(
                    "Thời gian tới, ngành tiếp tục đầu tư hạ tầng công nghệ, khuyến khích giáo viên chia "
                    "sẻ học liệu số dùng chung, hướng tới xây dựng mô hình trường học số."
                ),
                _byline("Minh Hằng"),
                _byline("Theo Báo Thanh Hóa", "em"),
            ],
            authors=["Minh Hằng"],
            source="Báo Thanh Hóa",
            summary=(
                "Năm học 2026 - 2027, ngành Giáo dục và Đào tạo Thanh Hóa xác định chuyển đổi số, ứng "
                "dụng trí tuệ nhân tạo (AI) là một trong những nhiệm vụ trọng tâm nhằm nâng cao chất "
                "lượng dạy và học."
            ),
        ),
        datetime(2026, 11, 12, 8, 0, tzinfo=ICT),
        ("Chuyển đổi số",),
    ),
    Post(
        S(
            11,
            "ke-hoach-hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-tieu-hoc",
            "Kế hoạch tổ chức Hội thi Giáo viên chủ nhiệm lớp giỏi cấp tiểu học năm học 2026 - 2027",
            "Chuyên môn",
            "2026-11-05T14:30:00+07:00",
            [
                P(
                    "Theo kế hoạch năm học 2026 - 2027, Phòng GD&ĐT huyện Đông Sơn tổ chức Hội thi Giáo "
                    "viên chủ nhiệm lớp giỏi cấp tiểu học nhằm tôn vinh, nhân rộng những điển hình tiên "
                    "tiến trong công tác chủ nhiệm lớp."
                ),
                P("I. MỤC ĐÍCH, YÊU CẦU", "h2"),
                P(
                    "Đánh giá năng lực tổ chức các hoạt động giáo dục, xây dựng tập thể lớp của giáo viên "
                    "chủ nhiệm;",
                    "li",
                ),
                P(
                    "Hội thi được tổ chức nghiêm túc, khách quan, công bằng, không gây áp lực cho giáo "
                    "viên và học sinh.",
                    "li",
                ),
                P("II. THỜI GIAN, ĐỊA ĐIỂM", "h2"),
                P(
                    "Hội thi tổ chức từ ngày 07/01/2027 đến ngày 15/01/2027 tại Trường Tiểu học Rừng "
                    "Thông và các trường có giáo viên dự thi."
                ),
                P("III. NỘI DUNG THI", "h2"),
                P(
                    "Phần thi hồ sơ: trình bày biện pháp giáo dục học sinh của giáo viên chủ nhiệm;",
                    "li",
                ),
                P(
                    "Phần thi thực hành: tổ chức một tiết sinh hoạt lớp hoặc hoạt động trải nghiệm tại "
                    "lớp chủ nhiệm.",
                    "li",
                ),
                P(
                    "Các trường đăng ký danh sách giáo viên dự thi về Phòng GD&ĐT (qua Tổ Chuyên môn "
                    "Tiểu học) trước ngày 20/12/2026."
                ),
                Raw(
                    '<p>Tệp đính kèm: <a class="reference external" '
                    'href="{R}files/2026/KH-GVCN-gioi-TH-2026.pdf">KH-GVCN-gioi-TH-2026.pdf</a></p>'
                ),
                _byline("Tổ Chuyên môn Tiểu học"),
            ],
            authors=["Tổ Chuyên môn Tiểu học"],
        ),
        datetime(2026, 11, 5, 14, 30, tzinfo=ICT),
        (),
    ),
    Post(
        S(
            12,
            "so-ket-cong-tac-thang-10-trien-khai-nhiem-vu-thang-11-nam-2026",
            "Phòng GD&ĐT sơ kết công tác tháng 10, triển khai nhiệm vụ tháng 11/2026",
            "Tin tức - Sự kiện",
            "2026-10-30T16:00:00+07:00",
            [
                P(
                    "Chiều 30/10/2026, Phòng GD&ĐT huyện Đông Sơn tổ chức hội nghị giao ban hiệu trưởng "
                    "các trường mầm non, tiểu học, THCS để sơ kết công tác tháng 10 và triển khai nhiệm vụ "
                    "trọng tâm tháng 11/2026."
                ),
                P(
                    "Trong tháng 10, các nhà trường đã ổn định nền nếp dạy học, hoàn thành việc rà soát, "
                    "bổ sung cơ sở vật chất; tổ chức thành công Hội thi Giáo viên dạy giỏi cấp trường và "
                    "các hoạt động Tuần lễ hưởng ứng học tập suốt đời."
                ),
                P("Nhiệm vụ trọng tâm tháng 11 gồm:"),
                P(
                    "- Tổ chức các hoạt động kỷ niệm Ngày Nhà giáo Việt Nam 20/11 thiết thực, tiết kiệm;",
                    "line",
                ),
                P(
                    "- Chuẩn bị các điều kiện tổ chức Hội thi Giáo viên dạy giỏi cấp huyện bậc THCS;",
                    "line",
                ),
                P("- Tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp huyện vào ngày 22/11/2026.", "line"),
                Img(
                    "/images/2026/giao-ban-thang-10.jpg",
                    "(Quang cảnh hội nghị giao ban)",
                    "Quang cảnh hội nghị giao ban",
                    "image-next",
                ),
                _byline("BBT"),
            ],
        ),
        datetime(2026, 10, 30, 16, 0, tzinfo=ICT),
        (),
    ),
    Post(
        S(
            13,
            "truong-thcs-dong-xuan-to-chuc-ngay-hoi-doc-sach-nam-2026",
            "Trường THCS Đông Xuân tổ chức Ngày hội đọc sách năm 2026",
            "Tin tức - Sự kiện",
            "2026-10-22T09:00:00+07:00",
            [
                P(
                    "Nhằm phát triển văn hóa đọc trong nhà trường, ngày 21/10/2026, Trường THCS Đông Xuân "
                    "tổ chức Ngày hội đọc sách với chủ đề “Mỗi cuốn sách - một người bạn”.",
                    "lead",
                ),
                P(
                    "Ngày hội thu hút hơn 450 học sinh tham gia với nhiều hoạt động bổ ích như: giới thiệu "
                    "sách, vẽ tranh theo nội dung cuốn sách yêu thích, đố vui tìm hiểu kiến thức và quyên "
                    "góp sách cho thư viện lớp học."
                ),
                Img("/images/2026/ngay-hoi-doc-sach-01.jpg", "Ảnh: Trịnh Văn Cường", None, "figure"),
                P(
                    "Dịp này, nhà trường đã tiếp nhận hơn 1.300 cuốn sách, truyện do học sinh và phụ huynh "
                    "quyên góp để bổ sung cho tủ sách lớp học và tặng học sinh có hoàn cảnh khó khăn."
                ),
                _byline("Trịnh Văn Cường, Trường THCS Đông Xuân", "em"),
            ],
            authors=["Trịnh Văn Cường"],
            photographers=["Trịnh Văn Cường"],
            summary=(
                "Nhằm phát triển văn hóa đọc trong nhà trường, ngày 21/10/2026, Trường THCS Đông Xuân "
                "tổ chức Ngày hội đọc sách với chủ đề “Mỗi cuốn sách - một người bạn”."
            ),
        ),
        datetime(2026, 10, 22, 9, 0, tzinfo=ICT),
        ("THCS",),
    ),
    Post(
        S(
            14,
            "lich-tiep-cong-dan-cua-truong-phong-quy-iv-nam-2026",
            "Lịch tiếp công dân định kỳ của Trưởng phòng GD&ĐT quý IV năm 2026",
            "Thông báo",
            "2026-10-15T07:45:00+07:00",
            [
                P(
                    "Thực hiện Luật Tiếp công dân năm 2013, Phòng GD&ĐT huyện Đông Sơn thông báo lịch "
                    "tiếp công dân định kỳ của Trưởng phòng quý IV năm 2026 như sau:"
                ),
                P("Tháng | Ngày tiếp | Người tiếp | Địa điểm", "thead"),
                P("Tháng 10 | 20/10/2026 | Lê Văn Thắng | Phòng họp Phòng GD&ĐT", "row"),
                P("Tháng 11 | 17/11/2026 | Lê Văn Thắng | Phòng họp Phòng GD&ĐT", "row"),
                P("Tháng 12 | 15/12/2026 | Nguyễn Thị Lan | Phòng họp Phòng GD&ĐT", "row"),
                P(
                    "Thời gian tiếp: buổi sáng từ 7 giờ 30 phút đến 11 giờ 00. Công dân đến liên hệ mang "
                    "theo căn cước và các giấy tờ liên quan."
                ),
            ],
        ),
        datetime(2026, 10, 15, 7, 45, tzinfo=ICT),
        (),
    ),
    Post(
        S(
            15,
            "trien-khai-nhiem-vu-nam-hoc-2026-2027-giao-duc-mam-non",
            "Triển khai nhiệm vụ năm học 2026 - 2027 đối với giáo dục mầm non",
            "Chuyên môn",
            "2026-10-08T10:00:00+07:00",
            [
                P(
                    "Ngày 07/10/2026, Phòng GD&ĐT huyện Đông Sơn tổ chức hội nghị triển khai nhiệm vụ năm "
                    "học 2026 - 2027 đối với giáo dục mầm non cho hiệu trưởng, phó hiệu trưởng 16 trường "
                    "mầm non trên địa bàn huyện.",
                    "lead",
                ),
                P(
                    "Năm học 2026 - 2027, giáo dục mầm non huyện tập trung thực hiện Chương trình giáo dục "
                    "mầm non mới, phổ cập giáo dục mầm non cho trẻ em từ 3 đến 5 tuổi, nâng cao chất lượng "
                    "bữa ăn bán trú và bảo đảm an toàn tuyệt đối cho trẻ."
                ),
                P("Một số chỉ tiêu chủ yếu:"),
                P("Tỷ lệ huy động trẻ nhà trẻ đạt 35% trở lên, trẻ mẫu giáo đạt 99,5%;", "li"),
                P("100% trẻ được tổ chức ăn bán trú, được kiểm tra sức khỏe định kỳ;", "li"),
                P("Có thêm 02 trường đạt chuẩn Quốc gia mức độ 1.", "li"),
                Img(
                    "/images/2026/hn-mam-non-2026.jpg",
                    "Đồng chí Nguyễn Thị Lan, Phó Trưởng phòng GD&ĐT triển khai nhiệm vụ năm học",
                    "Đồng chí Nguyễn Thị Lan, Phó Trưởng phòng GD&ĐT triển khai nhiệm vụ năm học",
                    "figure",
                ),
                _byline("Lê Thị Phương - Chuyên viên Phòng GD&amp;ĐT"),
            ],
            authors=["Lê Thị Phương"],
            summary=(
                "Ngày 07/10/2026, Phòng GD&ĐT huyện Đông Sơn tổ chức hội nghị triển khai nhiệm vụ năm "
                "học 2026 - 2027 đối với giáo dục mầm non cho hiệu trưởng, phó hiệu trưởng 16 trường "
                "mầm non trên địa bàn huyện."
            ),
        ),
        datetime(2026, 10, 8, 10, 0, tzinfo=ICT),
        ("Mầm non",),
    ),
]

POSTS.sort(key=lambda p: p.utc, reverse=True)
BY_SLUG = {p.story.slug: p for p in POSTS}
ARTICLES = [p for p in POSTS if p.kind == "article"]


# --- markup helpers ----------------------------------------------------------------------------


def slugify(value: str) -> str:
    """Nikola's slugify with ``USE_SLUGIFY``: diacritics off, đ -> d, runs of the rest to '-'."""
    s = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    out, dash = [], False
    for c in s:
        if c.isascii() and c.isalnum():
            out.append(c)
            dash = False
        elif not dash:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


def rel(cur: str, target: str) -> str:
    """A link from the page at ``cur`` to ``target`` as Nikola's rel_path URLs print it."""
    base = cur if cur.endswith("/") else cur.rsplit("/", 1)[0] + "/"
    r = posixpath.relpath(target, base)
    if r == ".":
        return "."
    return r + "/" if target.endswith("/") else r


def prefix_of(cur: str) -> str:
    """The relative way back to the site root from ``cur`` ("" at the root, "../../" in posts)."""
    depth = cur.count("/") - 1
    return "../" * depth


def fmt(dt: datetime) -> str:
    """DATE_FORMAT = 'dd/MM/yyyy HH:mm', in the site's TIMEZONE (UTC)."""
    return dt.astimezone(UTC).strftime("%d/%m/%Y %H:%M")


def webiso(dt: datetime) -> str:
    return dt.astimezone(UTC).isoformat()


def cat_path(cat: str) -> str:
    return f"/categories/cat_{CATEGORIES[cat]}/"


def tag_path(tag: str) -> str:
    return f"/categories/{TAGS[tag]}/"


def _img(img: Img, prefix: str) -> str:
    src = prefix + img.src.lstrip("/")
    alt = esc(img.src)
    if img.style == "thumb":
        full_path = img.src.replace(".thumbnail.", ".")
        return (
            '<div class="thumbnail figure align-center">\n'
            f'<a class="reference external image-reference" href="{prefix}{full_path.lstrip("/")}">'
            f'<img alt="{esc(full_path)}" src="{src}" /></a>\n'
            f'<p class="caption">{esc(img.printed or "")}</p>\n</div>'
        )
    if img.style == "image-next":
        return (
            f'<img alt="{alt}" class="align-center" src="{src}" style="width: 600px;" />\n'
            f'<p class="text-center"><em>{esc(img.printed or "")}</em></p>'
        )
    parts = [
        '<div class="figure align-center">',
        f'<img alt="{alt}" src="{src}" style="width: 640px;" />',
    ]
    if img.printed:
        lines = img.printed.split("\n")
        parts.append(f'<p class="caption">{esc(lines[0])}</p>')
        if len(lines) > 1:
            parts.append(f'<div class="legend">\n<p>{esc(lines[1])}</p>\n</div>')
    parts.append("</div>")
    return "\n".join(parts)


_GROUPS = {"li": "ul", "thead": "table", "row": "table", "line": "lb", "qline": "qlb", "quote": "bq"}


def _group(kind: str, items: list[str]) -> str:
    if kind == "ul":
        lis = "\n".join(f"<li>{t}</li>" for _, t in items)
        return f'<ul class="simple">\n{lis}\n</ul>'
    if kind == "table":
        head = [t for s, t in items if s == "thead"]
        rows = [t for s, t in items if s == "row"]
        ncol = len((head or rows)[0].split(" | "))
        cols = "\n".join(f'<col width="{100 // ncol}%" />' for _ in range(ncol))
        out = [f'<table border="1" class="docutils">\n<colgroup>\n{cols}\n</colgroup>']
        if head:
            ths = "".join(f'<th class="head">{c}</th>\n' for c in head[0].split(" | "))
            out.append(f'<thead valign="bottom">\n<tr>{ths}</tr>\n</thead>')
        trs = "".join(
            "<tr>" + "".join(f"<td>{c}</td>\n" for c in r.split(" | ")) + "</tr>\n" for r in rows
        )
        out.append(f'<tbody valign="top">\n{trs}</tbody>\n</table>')
        return "\n".join(out)
    if kind in ("lb", "qlb"):
        lines = "\n".join(f'<div class="line">{t}</div>' for _, t in items)
        block = f'<div class="line-block">\n{lines}\n</div>'
        return f"<blockquote>\n{block}\n</blockquote>" if kind == "qlb" else block
    ps = "\n".join(f"<p>{t}</p>" for _, t in items)
    return f"<blockquote>\n{ps}\n</blockquote>"


def render_body(post: Post, prefix: str) -> str:
    """The docutils (html4) output of a post's reST, with image paths relative to the page."""
    out: list[str] = []
    section = False
    blocks = post.story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html.replace("{R}", prefix))
        elif isinstance(b, Img):
            out.append(_img(b, prefix))
        elif b.style in _GROUPS:
            kind = _GROUPS[b.style]
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and _GROUPS.get(blocks[i].style) == kind:
                items.append((blocks[i].style, esc(blocks[i].text)))
                i += 1
            out.append(_group(kind, items))
            continue
        elif b.style == "h2":
            if section:
                out.append("</div>")
            out.append(f'<div class="section" id="{slugify(b.text)}">\n<h2>{esc(b.text)}</h2>')
            section = True
        elif b.style in ("lead", "b"):
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        else:
            out.append(f"<p>{esc(b.text)}</p>")
        i += 1
    if section:
        out.append("</div>")
    body = "<div>" + "\n".join(out) + "\n</div>"
    return unicodedata.normalize("NFD", body) if post.nfd else body


def _title(post: Post) -> str:
    return post.t(post.story.title)


# --- chrome ------------------------------------------------------------------------------------

_HIGHLIGHTS = [
    ("tong-ket-hoi-khoe-phu-dong-cap-huyen-lan-thu-xi-nam-2026", "Tổng kết Hội khỏe Phù Đổng cấp huyện lần thứ XI"),
    ("tri-an-thay-co-nhan-ky-niem-44-nam-ngay-nha-giao-viet-nam", "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11"),
    ("ket-qua-thi-chon-hoc-sinh-gioi-lop-9-cap-huyen-nam-hoc-2026-2027", "Kết quả thi HSG lớp 9 cấp huyện"),
    ("le-khai-giang-nam-hoc-2026-2027", "Rộn ràng lễ khai giảng năm học mới 2026 - 2027"),
]


def _sidebar() -> str:
    # hand-written in the theme (conf.py never touches it): absolute paths with index.html
    items = "\n".join(
        f'  <li><img src="/images/icon/mui-ten.gif" alt="" width="7" height="7"> '
        f'<a href="/posts/{slug}/index.html" title="{esc(label)}">{esc(label)}</a></li>'
        for slug, label in _HIGHLIGHTS
    )
    return f"""<div class="khoi-phai" id="khoi_01">
 <div class="tde-khoi"><span>TIN NỔI BẬT</span></div>
 <ul class="ds-noibat">
{items}
 </ul>
</div>
<div class="khoi-phai" id="khoi_02">
 <div class="tde-khoi"><span>THÔNG BÁO</span></div>
 <marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()" style="height:120px">
  <p>» Thông báo tuyển dụng hợp đồng giáo viên mầm non, tiểu học năm học 2026 - 2027 (hạn nộp hồ sơ 15/12/2026)</p>
  <p>» Lịch tiếp công dân định kỳ quý IV năm 2026</p>
  <p>» Các đơn vị nộp báo cáo thống kê kỳ đầu năm học trước ngày 10/12/2026</p>
 </marquee>
</div>
<div class="khoi-phai" id="khoi_03">
 <div class="tde-khoi"><span>LIÊN KẾT WEBSITE</span></div>
 <select class="form-control" onchange="if(this.value)window.open(this.value)">
  <option value="">-- Chọn liên kết --</option>
  <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
  <option value="https://sogddt.thanhhoa.gov.vn">Sở GD&amp;ĐT Thanh Hóa</option>
  <option value="https://dongson.thanhhoa.gov.vn">Cổng TTĐT huyện Đông Sơn</option>
  <option value="https://csdl.moet.gov.vn">Cơ sở dữ liệu ngành</option>
 </select>
 <p class="lk-anh"><a href="https://baothanhhoa.vn" target="_blank" rel="noopener"><img src="/images/lienket/bao-thanh-hoa.png" alt="Báo Thanh Hóa"></a></p>
</div>
<div class="khoi-phai" id="khoi_04">
 <div class="tde-khoi"><span>KHẢO SÁT Ý KIẾN</span></div>
 <form action="https://docs.google.com/forms/d/e/1FAIpQLSd3pgdDS-khaosat/formResponse" method="post" target="_blank">
  <p>Bạn đánh giá thế nào về trang thông tin điện tử mới của Phòng?</p>
  <label><input type="radio" name="entry.1180" value="Rất hữu ích"> Rất hữu ích</label><br>
  <label><input type="radio" name="entry.1180" value="Hữu ích"> Hữu ích</label><br>
  <label><input type="radio" name="entry.1180" value="Bình thường"> Bình thường</label><br>
  <button type="submit" class="btn btn-primary btn-xs">Bình chọn</button>
 </form>
</div>
<div class="khoi-phai" id="khoi_05">
 <div class="tde-khoi"><span>THỐNG KÊ TRUY CẬP</span></div>
 <table class="tk-truycap">
  <tr><td>Đang online:</td><td id="tk-onl">17</td></tr>
  <tr><td>Hôm nay:</td><td id="tk-day">412</td></tr>
  <tr><td>Tháng này:</td><td id="tk-month">6.318</td></tr>
  <tr><td>Tổng truy cập:</td><td id="tk-all">1.284.093</td></tr>
 </table>
 <script src="https://www.freecounterstat.com/counter/counter.php?c=pgddongson&amp;type=js"></script>
</div>"""


def _menu(p: str) -> str:
    def li(href: str, label: str) -> str:
        return f'<li><a href="{href}">{label}</a></li>'

    def drop(label: str, items: list[tuple[str, str]]) -> str:
        sub = "".join(li(h, t) for h, t in items)
        return (
            f'<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown" '
            f'aria-haspopup="true" aria-expanded="false">{label} <b class="caret"></b></a>'
            f'<ul class="dropdown-menu">{sub}</ul></li>'
        )

    return "\n".join(
        [
            li(p or ".", "Trang chủ"),
            drop(
                "Giới thiệu",
                [
                    (f"{p}pages/gioi-thieu/", "Giới thiệu chung"),
                    (f"{p}pages/co-cau-to-chuc/", "Cơ cấu tổ chức"),
                    (f"{p}pages/danh-ba-dien-thoai/", "Danh bạ điện thoại"),
                ],
            ),
            drop(
                "Tin tức",
                [
                    (f"{p}categories/cat_tin-tuc-su-kien/", "Tin tức - Sự kiện"),
                    (f"{p}categories/cat_chuyen-mon/", "Chuyên môn"),
                    (f"{p}categories/cat_thong-bao/", "Thông báo"),
                ],
            ),
            li(f"{p}categories/cat_van-ban/", "Văn bản"),
            drop(
                "Thư viện",
                [(f"{p}galleries/", "Thư viện ảnh"), (f"{p}categories/cat_video/", "Video")],
            ),
            li(f"{p}archive.html", "Kho"),
            li(f"{p}categories/", "Thẻ"),
            li(f"{p}pages/lien-he/", "Liên hệ"),
        ]
    )


def page(
    request: Request,
    cur: str,
    title: str,
    content: str,
    *,
    canonical: str | None = None,
    head: str = "",
    crumbs: list[tuple[str | None, str]] | None = None,
) -> Response:
    p = prefix_of(cur)
    base = base_url(request)
    crumb_html = ""
    if crumbs:
        lis = []
        for href, label in crumbs:
            if href is None:
                lis.append(f'<li class="active">{label}</li>')
            else:
                lis.append(f'<li><a href="{href}">{label}</a></li>')
        crumb_html = '<nav class="breadcrumbs"><ul class="breadcrumb">' + "".join(lis) + "</ul></nav>\n"
    doc = f"""<!DOCTYPE html>
<html prefix="og: http://ogp.me/ns# article: http://ogp.me/ns/article# " lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link href="{p}assets/css/all-nocdn.css" rel="stylesheet" type="text/css">
<link href="{p}assets/css/pgd-dongson.css" rel="stylesheet" type="text/css">
<meta name="theme-color" content="#1b5e9e">
<meta name="generator" content="Nikola (getnikola.com)">
<link rel="alternate" type="application/rss+xml" title="RSS" href="{p}rss.xml">
<link rel="canonical" href="{base}{canonical or cur}">
<link rel="icon" href="{p}favicon.ico" sizes="16x16">
<!--[if lt IE 9]><script src="{p}assets/js/html5.js"></script><![endif]-->
{head}
</head>
<body>
<a href="#content" class="sr-only sr-only-focusable">Chuyển đến nội dung chính</a>
<div id="thanh-tren"><div class="container">
 <span class="ngay-hnay"><i class="glyphicon glyphicon-calendar"></i> {TODAY_LINE}</span>
 <span class="dt-tren">Điện thoại: 0237 3 697 215 | Email: pgddongson@thanhhoa.edu.vn</span>
</div></div>
<div id="banner-pgd"><div class="container">
 <a href="{p or "."}"><img src="{p}images/banner-pgd-dongson.png" alt="Phòng GD&amp;ĐT Đông Sơn" id="logo"></a>
</div></div>
<!-- Menubar -->
<nav class="navbar navbar-inverse navbar-static-top">
<div class="container"><!-- This keeps the margins nice -->
<div class="navbar-header">
<button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#bs-navbar" aria-controls="bs-navbar" aria-expanded="false">
<span class="sr-only">Chuyển điều hướng</span>
<span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span>
</button>
<a class="navbar-brand" href="{p or "."}"><span id="blog-title">Phòng GD&amp;ĐT Đông Sơn</span></a>
</div><!-- /.navbar-header -->
<div class="collapse navbar-collapse" id="bs-navbar" aria-expanded="false">
<ul class="nav navbar-nav">
{_menu(p)}
</ul>
<ul class="nav navbar-nav navbar-right">
<li><a href="{p}rss.xml" title="Nguồn cung cấp dữ liệu RSS"><i class="glyphicon glyphicon-signal"></i> RSS</a></li>
</ul>
</div><!-- /.navbar-collapse -->
</div><!-- /.container -->
</nav>
<!-- End of Menubar -->
<div class="container" id="content" role="main">
<div class="body-content">
<div class="row">
<div class="col-md-8 cot-trai">
<!--Body content-->
{crumb_html}{content}
<!--End of body content-->
</div>
<div class="col-md-4 cot-phai">
{_sidebar()}
</div>
</div>
<footer id="footer">
<div class="chan-trang">
<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐÔNG SƠN</strong></p>
<p>Địa chỉ: Số 08 đường Nguyễn Mộng Tuân, thị trấn Rừng Thông, huyện Đông Sơn, tỉnh Thanh Hóa</p>
<p>Điện thoại: 0237 3 697 215 - Email: <a href="mailto:pgddongson@thanhhoa.edu.vn">pgddongson@thanhhoa.edu.vn</a></p>
<p>Ghi rõ nguồn “Phòng GD&amp;ĐT Đông Sơn” khi phát hành lại thông tin từ trang này.</p>
<p>Contents &copy; 2026 <a href="mailto:pgddongson@thanhhoa.edu.vn">Phòng GD&amp;ĐT Đông Sơn</a> - Powered by <a href="https://getnikola.com" rel="nofollow">Nikola</a></p>
</div>
</footer>
</div>
</div>
<script src="{p}assets/js/all-nocdn.js"></script>
<script>$('a.image-reference:not(.islink) img:not(.islink)').parent().colorbox({{rel:"gal",maxWidth:"100%",maxHeight:"100%",scalePhotos:true}});</script>
<div id="fb-root"></div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&amp;version=v17.0"></script>
</body>
</html>
"""
    return html(doc)


def _title_tag(label: str) -> str:
    return f"{label} | Phòng GD&amp;ĐT Đông Sơn"


# --- templates -------------------------------------------------------------------------------


def _dateline(post: Post, perm: str, *, itemprop: bool) -> str:
    ip = ' itemprop="datePublished"' if itemprop else ""
    upd = ""
    if post.updated is not None:
        upd = (
            ' <span class="updated"> (Đã được cập nhật <time class="updated dt-updated" '
            f'datetime="{webiso(post.updated)}" itemprop="dateUpdated" title="{fmt(post.updated)}">'
            f"{fmt(post.updated)}</time>)</span>"
        )
    return (
        f'<p class="dateline"><a href="{perm}" rel="bookmark"><time class="published dt-published" '
        f'datetime="{webiso(post.utc)}"{ip} title="{fmt(post.utc)}">{fmt(post.utc)}</time>{upd}</a></p>'
    )


def _post_header(post: Post, perm: str, *, full: bool) -> str:
    h1_attr = ' itemprop="headline name"' if full else ""
    source = (
        '\n<p class="sourceline"><a href="index.rst" class="sourcelink">Nguồn</a></p>' if full else ""
    )
    return (
        f'<header>\n<h1 class="p-name entry-title"{h1_attr}><a href="{perm}" class="u-url">'
        f"{_title(post)}</a></h1>\n"
        '<div class="metadata">\n'
        f'<p class="byline author vcard"><span class="byline-name fn">{ACCOUNT}</span></p>\n'
        f"{_dateline(post, perm, itemprop=full)}{source}\n"
        "</div>\n</header>"
    )


def _postlist(cur: str, posts: list[Post]) -> str:
    lis = "\n".join(
        f'<li><time class="listdate" datetime="{webiso(p.utc)}" title="{fmt(p.utc)}">{fmt(p.utc)}'
        f'</time> <a href="{rel(cur, p.path)}" class="listtitle">{_title(p)}</a></li>'
        for p in posts
    )
    return f'<ul class="postlist">\n{lis}\n</ul>'


def post_page(request: Request, post: Post) -> Response:
    cur = post.path
    idx = POSTS.index(post)
    older = POSTS[idx + 1] if idx + 1 < len(POSTS) else None
    newer = POSTS[idx - 1] if idx > 0 else None
    story = post.story
    base = base_url(request)
    head = [
        f'<meta name="description" content="{esc(post.description)}">' if post.description else "",
        f'<meta name="author" content="{ACCOUNT}">',
    ]
    if older:
        head.append(f'<link rel="prev" href="{rel(cur, older.path)}" title="{_title(older)}" type="text/html">')
    if newer:
        head.append(f'<link rel="next" href="{rel(cur, newer.path)}" title="{_title(newer)}" type="text/html">')
    head += [
        '<meta property="og:site_name" content="Phòng GD&amp;ĐT Đông Sơn">',
        f'<meta property="og:title" content="{_title(post)[:70]}">',
        f'<meta property="og:url" content="{base}{cur}">',
        f'<meta property="og:description" content="{esc(post.description or "")}">',
        '<meta property="og:type" content="article">',
        f'<meta property="article:published_time" content="{webiso(post.utc)}">',
    ]
    head += [f'<meta property="article:tag" content="{esc(t)}">' for t in post.tags]
    tags = ""
    if post.tags:
        lis = "".join(
            f'<li><a class="tag p-category" href="{rel(cur, tag_path(t))}" rel="tag">{esc(t)}</a></li>'
            for t in post.tags
        )
        tags = f'<ul itemprop="keywords" class="tags">{lis}</ul>\n'
    pager = ['<ul class="pager hidden-print">']
    if older:
        pager.append(
            f'<li class="previous"><a href="{rel(cur, older.path)}" rel="prev" title="{_title(older)}">'
            "Bài viết trước</a></li>"
        )
    if newer:
        pager.append(
            f'<li class="next"><a href="{rel(cur, newer.path)}" rel="next" title="{_title(newer)}">'
            "Bài viết tiếp theo</a></li>"
        )
    pager.append("</ul>")
    others = [p for p in POSTS[idx + 1 :] + POSTS[:idx] if p is not post][:5]
    other_lis = "\n".join(
        f'<li><a href="{rel(cur, p.path)}">{_title(p)}</a> <span class="ngay-tk">'
        f"({p.utc.strftime('%d/%m/%Y')})</span></li>"
        for p in others
    )
    share = f"{base}{cur}"
    content = f"""<article class="post-text h-entry hentry postpage" itemscope="itemscope" itemtype="http://schema.org/Article">
{_post_header(post, ".", full=True)}
<div class="e-content entry-content" itemprop="articleBody text">
{render_body(post, "../../")}
</div>
<aside class="postpromonav">
<nav>
{tags}{"".join(pager)}
</nav>
</aside>
<div class="congcu-bv hidden-print" id="ccbv_{story.id:04d}">
 <a href="javascript:window.print()" rel="nofollow"><i class="glyphicon glyphicon-print"></i> In bài</a> |
 Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank" rel="nofollow">Facebook</a>
 <a href="https://zalo.me/share?u={share}" target="_blank" rel="nofollow">Zalo</a>
</div>
<div class="tin-khac" id="tk_{story.id:04d}">
<h3 class="tde-tinkhac">Các bài viết khác</h3>
<ul>
{other_lis}
</ul>
</div>
<section class="comments hidden-print">
<h2>Bình luận</h2>
<div class="fb-comments" data-href="{share}" data-width="100%" data-numposts="5"></div>
</section>
</article>"""
    crumbs = [
        ("../../", "Trang chủ"),
        (rel(cur, cat_path(story.cat)), esc(story.cat)),
        (None, _title(post)),
    ]
    return page(request, cur, _title_tag(_title(post)), content, head="\n".join(h for h in head if h), crumbs=crumbs)


def index_files() -> list[tuple[str, list[Post]]]:
    """(path, posts) of the main index, newest first; INDEXES_STATIC numbering (index-1 oldest)."""
    chunks = [POSTS[i : i + PER_PAGE] for i in range(0, len(POSTS), PER_PAGE)]
    n = len(chunks)
    return [("/" if k == 0 else f"/index-{n - k}.html", chunk) for k, chunk in enumerate(chunks)]


def index_page(request: Request, k: int) -> Response:
    files = index_files()
    cur, posts = files[k]
    arts = "\n".join(
        f'<article class="h-entry post-text">\n{_post_header(p, rel(cur, p.path), full=False)}\n'
        f'<div class="e-content entry-content">\n{render_body(p, prefix_of(cur))}\n</div>\n</article>'
        for p in posts
    )
    pager = ['<nav class="postindexpager"><ul class="pager">']
    if k > 0:
        pager.append(
            f'<li class="previous"><a href="{rel(cur, files[k - 1][0])}" rel="prev">Bài viết gần đây</a></li>'
        )
    if k + 1 < len(files):
        pager.append(
            f'<li class="next"><a href="{rel(cur, files[k + 1][0])}" rel="next">Bài viết trước đây</a></li>'
        )
    pager.append("</ul></nav>")
    title = "Phòng GD&amp;ĐT Đông Sơn"
    if k:
        title += f" (các bài viết trước đây, trang {k + 1})"
    head = ""
    if k == 0:
        head = f'<link rel="prefetch" href="{rel(cur, posts[0].path)}" type="text/html">'
    content = f'<div class="postindex">\n{arts}\n</div>\n{"".join(pager)}'
    return page(request, cur, title, content, head=head)


def taxonomy_page(request: Request, cur: str, label: str, posts: list[Post], *, is_cat: bool) -> Response:
    crumbs = [("../../", "Trang chủ"), ("../", "Thể loại" if is_cat else "Thẻ"), (None, esc(label))]
    content = (
        f'<article class="tagpage">\n<header>\n<h1>Bài viết về {esc(label)}</h1>\n</header>\n'
        f"{_postlist(cur, posts)}\n</article>"
    )
    return page(request, cur, _title_tag(f"Bài viết về {esc(label)}"), content, crumbs=crumbs)


def tags_index(request: Request) -> Response:
    cur = "/categories/"
    cats = "\n".join(
        f'<li><a class="reference listtitle" href="cat_{slug}/">{esc(name)}</a> '
        f"({sum(1 for p in POSTS if p.story.cat == name)})</li>"
        for name, slug in CATEGORIES.items()
    )
    tags = "\n".join(
        f'<li><a class="reference badge" href="{slug}/">{esc(name)}</a></li>' for name, slug in TAGS.items()
    )
    content = (
        '<article class="tagindex">\n<header>\n<h1>Thẻ và Thể loại</h1>\n</header>\n'
        f'<h2>Thể loại</h2>\n<ul class="postlist">\n{cats}\n</ul>\n'
        f'<h2>Thẻ</h2>\n<ul class="list-inline">\n{tags}\n</ul>\n</article>'
    )
    return page(request, cur, _title_tag("Thẻ và Thể loại"), content, crumbs=[("../", "Trang chủ"), (None, "Thẻ")])


def archive_page(request: Request) -> Response:
    cur = "/archive.html"
    parts = ['<article class="listpage">\n<header>\n<h1>Kho</h1>\n</header>\n<h2>2026</h2>']
    for month in (12, 11, 10):
        posts = [p for p in POSTS if p.utc.month == month]
        parts.append(f"<h3>Tháng {month}</h3>\n{_postlist(cur, posts)}")
    parts.append("</article>")
    return page(request, cur, _title_tag("Kho"), "\n".join(parts), crumbs=[(".", "Trang chủ"), (None, "Kho")])


# --- pages (Nikola "stories"), galleries ------------------------------------------------------

PAGES: dict[str, tuple[str, str]] = {
    "gioi-thieu": (
        "Giới thiệu chung",
        """<div><p>Phòng Giáo dục và Đào tạo huyện Đông Sơn là cơ quan chuyên môn thuộc Ủy ban nhân dân
huyện, có chức năng tham mưu, giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và
đào tạo trên địa bàn huyện.</p>
<p>Toàn huyện hiện có 16 trường mầm non, 17 trường tiểu học, 15 trường THCS với hơn 21.000 học sinh
và gần 1.500 cán bộ, giáo viên, nhân viên.</p>
<div class="section" id="chuc-nang-nhiem-vu">
<h2>Chức năng, nhiệm vụ</h2>
<ul class="simple">
<li>Trình UBND huyện ban hành quyết định, chỉ thị, kế hoạch phát triển giáo dục trên địa bàn;</li>
<li>Hướng dẫn, kiểm tra các cơ sở giáo dục thực hiện chương trình, kế hoạch giáo dục;</li>
<li>Tổ chức bồi dưỡng chuyên môn, nghiệp vụ cho đội ngũ cán bộ quản lý, giáo viên.</li>
</ul>
</div>
<p>Trang thông tin điện tử của Phòng chuyển sang nền tảng mới từ tháng 10/2026; các tin bài trước
đó được lưu tại trang cũ.</p>
</div>""",
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        """<div><p>Lãnh đạo Phòng Giáo dục và Đào tạo huyện Đông Sơn:</p>
<table border="1" class="docutils">
<colgroup><col width="35%" /><col width="35%" /><col width="30%" /></colgroup>
<thead valign="bottom"><tr><th class="head">Họ và tên</th><th class="head">Chức vụ</th><th class="head">Điện thoại</th></tr></thead>
<tbody valign="top">
<tr><td>Lê Văn Thắng</td><td>Trưởng phòng</td><td>0912 448 306</td></tr>
<tr><td>Nguyễn Thị Lan</td><td>Phó Trưởng phòng</td><td>0983 215 770</td></tr>
<tr><td>Đỗ Văn Quyết</td><td>Phó Trưởng phòng</td><td>0915 602 184</td></tr>
</tbody></table>
<p>Các bộ phận: Tổ Văn phòng; Tổ Chuyên môn Mầm non; Tổ Chuyên môn Tiểu học; Tổ Chuyên môn THCS.</p>
</div>""",
    ),
    "danh-ba-dien-thoai": (
        "Danh bạ điện thoại các trường",
        """<div><table border="1" class="docutils">
<colgroup><col width="10%" /><col width="55%" /><col width="35%" /></colgroup>
<thead valign="bottom"><tr><th class="head">TT</th><th class="head">Đơn vị</th><th class="head">Điện thoại</th></tr></thead>
<tbody valign="top">
<tr><td>1</td><td>Trường THCS Nhữ Bá Sỹ</td><td>0237 3 697 118</td></tr>
<tr><td>2</td><td>Trường THCS Đông Xuân</td><td>0237 3 698 042</td></tr>
<tr><td>3</td><td>Trường Tiểu học Rừng Thông</td><td>0237 3 697 356</td></tr>
<tr><td>4</td><td>Trường Mầm non Đông Hòa</td><td>0237 3 699 027</td></tr>
</tbody></table></div>""",
    ),
    "lien-he": (
        "Liên hệ",
        """<div><p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐÔNG SƠN</strong></p>
<div class="line-block">
<div class="line">Địa chỉ: Số 08 đường Nguyễn Mộng Tuân, thị trấn Rừng Thông, huyện Đông Sơn, tỉnh Thanh Hóa</div>
<div class="line">Điện thoại: 0237 3 697 215</div>
<div class="line">Email: pgddongson@thanhhoa.edu.vn</div>
</div>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3752.1!2d105.70!3d19.80" width="100%" height="300" style="border:0;" loading="lazy"></iframe>
<form action="https://formspree.io/f/xpgdds26" method="POST" class="form-lienhe">
<p><label>Họ và tên: <input type="text" name="name"></label></p>
<p><label>Email: <input type="email" name="_replyto"></label></p>
<p><label>Nội dung: <textarea name="message" rows="5"></textarea></label></p>
<p><button type="submit" class="btn btn-primary">Gửi</button></p>
</form></div>""",
    ),
}

GALLERY = "hoi-khoe-phu-dong-2026"
GALLERY_TITLE = "Hội khỏe Phù Đổng cấp huyện 2026"
GALLERY_PHOTOS = [
    ("IMG_0412.jpg", "Lễ khai mạc Hội khỏe Phù Đổng"),
    ("IMG_0437.jpg", "Môn chạy 100 m nam khối THCS"),
    ("IMG_0461.jpg", "Môn kéo co"),
    ("IMG_0503.jpg", "Môn cờ vua"),
    ("IMG_0528.jpg", "Trao giải toàn đoàn"),
]


def story_page(request: Request, slug: str) -> Response:
    title, body = PAGES[slug]
    content = f"""<article class="post-text storypage" itemscope="itemscope" itemtype="http://schema.org/Article">
<header>
<h1 class="p-name entry-title" itemprop="headline name"><a href="." class="u-url">{esc(title)}</a></h1>
</header>
<div class="e-content entry-content" itemprop="articleBody text">
{body}
</div>
</article>"""
    crumbs = [("../../", "Trang chủ"), (None, esc(title))]
    return page(request, f"/pages/{slug}/", _title_tag(esc(title)), content, crumbs=crumbs)


def gallery_page(request: Request) -> Response:
    lis = "\n".join(
        f'<li><a href="{f}" class="thumbnail image-reference" title="{esc(t)}">'
        f'<img src="{f.replace(".jpg", ".thumbnail.jpg")}" alt="{esc(t)}" /></a></li>'
        for f, t in GALLERY_PHOTOS
    )
    content = (
        f'<div id="gallery-{GALLERY}">\n<h1>{esc(GALLERY_TITLE)}</h1>\n'
        "<p>Một số hình ảnh tại Hội khỏe Phù Đổng cấp huyện lần thứ XI năm 2026 (ảnh: Tổ Văn phòng).</p>\n"
        f'<div id="gallery_container"></div>\n<noscript>\n<ul class="thumbnails">\n{lis}\n</ul>\n</noscript>\n'
        '<script>var jsonContent = [' + ", ".join(
            f'{{"url": "{f}", "url_thumb": "{f.replace(".jpg", ".thumbnail.jpg")}", "title": "{t}"}}'
            for f, t in GALLERY_PHOTOS
        ) + "];</script>\n</div>"
    )
    crumbs = [("../../", "Trang chủ"), ("../", "Thư viện ảnh"), (None, esc(GALLERY_TITLE))]
    return page(request, f"/galleries/{GALLERY}/", _title_tag(esc(GALLERY_TITLE)), content, crumbs=crumbs)


def galleries_index(request: Request) -> Response:
    content = (
        '<h1>Thư viện ảnh</h1>\n<ul class="thumbnails">\n'
        f'<li><a href="{GALLERY}/" class="thumbnail"><img src="{GALLERY}/IMG_0528.thumbnail.jpg" alt="">'
        f"<p>{esc(GALLERY_TITLE)}</p></a></li>\n</ul>"
    )
    return page(request, "/galleries/", _title_tag("Thư viện ảnh"), content, crumbs=[("../", "Trang chủ"), (None, "Thư viện ảnh")])


# --- feeds, sitemap, sources -----------------------------------------------------------------


def rss(request: Request) -> Response:
    base = base_url(request)
    items = []
    for p in POSTS[:10]:
        body = render_body(p, base + "/")
        cats = "".join(f"<category>{esc(t)}</category>" for t in p.tags)
        items.append(
            f"<item><title>{_title(p)}</title><link>{base}{p.path}</link>"
            f"<dc:creator>{ACCOUNT}</dc:creator><description>{esc(body)}</description>{cats}"
            f'<guid isPermaLink="false">{base}{p.path}</guid>'
            f"<pubDate>{format_datetime(p.utc, usegmt=True)}</pubDate></item>"
        )
    xml = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<?xml-stylesheet type="text/xsl" href="assets/xml/rss.xsl" media="all"?>'
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
        f"<title>Phòng GD&amp;ĐT Đông Sơn</title><link>{base}/</link>"
        "<description>Trang thông tin điện tử Phòng Giáo dục và Đào tạo huyện Đông Sơn</description>"
        f'<atom:link href="{base}/rss.xml" rel="self" type="application/rss+xml"></atom:link>'
        "<language>vi</language><copyright>Contents © 2026 Phòng GD&amp;ĐT Đông Sơn</copyright>"
        "<lastBuildDate>Sat, 05 Dec 2026 00:40:12 GMT</lastBuildDate>"
        "<generator>Nikola (getnikola.com)</generator><docs>http://blogs.law.harvard.edu/tech/rss</docs>"
        + "".join(items)
        + "</channel></rss>"
    )
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=utf-8"})


def _sitemap_paths() -> list[str]:
    paths = [path for path, _ in index_files()]
    paths += ["/archive.html", "/categories/", "/galleries/", f"/galleries/{GALLERY}/"]
    paths += [cat_path(c) for c in CATEGORIES] + [tag_path(t) for t in TAGS]
    paths += [f"/pages/{s}/" for s in PAGES] + [p.path for p in POSTS]
    return paths


def sitemap(request: Request) -> Response:
    base = base_url(request)
    urls = "".join(
        f"<url><loc>{base}{path}</loc><lastmod>2026-12-05T00:40:12Z</lastmod></url>\n"
        for path in _sitemap_paths()
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + urls + "</urlset>\n"
    )
    return Response(200, xml, {"Content-Type": "application/xml"})


def sitemapindex(request: Request) -> Response:
    base = base_url(request)
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"<sitemap><loc>{base}/sitemap.xml</loc><lastmod>2026-12-05T00:40:12Z</lastmod></sitemap>\n"
        f"<sitemap><loc>{base}/rss.xml</loc><lastmod>2026-12-05T00:40:12Z</lastmod></sitemap>\n"
        "</sitemapindex>\n"
    )
    return Response(200, xml, {"Content-Type": "application/xml"})


def robots(request: Request) -> Response:
    body = f"Sitemap: {base_url(request)}/sitemapindex.xml\n\nUser-Agent: *\nDisallow: /assets/\n"
    return Response(200, body, {"Content-Type": "text/plain"})


def rst_source(post: Post) -> Response:
    """The post's reST as COPY_SOURCES publishes it (text/plain): metadata header, then text."""
    s = post.story
    when = post.when
    date_line = (
        when.strftime("%Y-%m-%d %H:%M:%S UTC+07:00") if isinstance(when, datetime) else when.isoformat()
    )
    lines = [
        f".. title: {s.title}",
        f".. slug: {s.slug}",
        f".. date: {date_line}",
        f".. tags: {', '.join(post.tags)}",
        f".. category: {s.cat}",
        ".. link: ",
        f".. description: {post.description or ''}",
        ".. type: text",
        "",
    ]
    for b in s.blocks:
        if isinstance(b, P):
            lines += [f"**{b.text}**" if b.style in ("lead", "b") else b.text, ""]
        elif isinstance(b, Img):
            lines += [f".. figure:: {b.src}", ""]
            if b.printed:
                lines += ["   " + b.printed.split("\n")[0], ""]
    body = "\n".join(lines)
    if post.nfd:
        body = unicodedata.normalize("NFD", body)
    return Response(200, body, {"Content-Type": "text/plain; charset=utf-8"})


# --- the site --------------------------------------------------------------------------------


class NikolaSite:
    """What nginx serves from Nikola's ``output/`` folder (query strings are ignored)."""

    def __init__(self) -> None:
        routes: dict[str, object] = {
            "/": lambda r: index_page(r, 0),
            "/index.html": lambda r: index_page(r, 0),
            "/archive.html": archive_page,
            "/categories/": tags_index,
            "/categories/index.html": tags_index,
            "/galleries/": galleries_index,
            "/galleries/index.html": galleries_index,
            f"/galleries/{GALLERY}/": gallery_page,
            f"/galleries/{GALLERY}/index.html": gallery_page,
            "/rss.xml": rss,
            "/sitemap.xml": sitemap,
            "/sitemapindex.xml": sitemapindex,
            "/robots.txt": robots,
            "/assets/xml/rss.xsl": lambda r: Response(
                200, '<?xml version="1.0"?><xsl:stylesheet version="1.0" '
                'xmlns:xsl="http://www.w3.org/1999/XSL/Transform"/>', {"Content-Type": "text/xsl"}
            ),
        }
        for k, (path, _) in enumerate(index_files()):
            if k:
                routes[path] = lambda r, k=k: index_page(r, k)
        for post in POSTS:
            routes[post.path] = lambda r, p=post: post_page(r, p)
            routes[post.path + "index.html"] = lambda r, p=post: post_page(r, p)
            routes[post.path + "index.rst"] = lambda r, p=post: rst_source(p)
        for slug in PAGES:
            routes[f"/pages/{slug}/"] = lambda r, s=slug: story_page(r, s)
            routes[f"/pages/{slug}/index.html"] = lambda r, s=slug: story_page(r, s)
        for cat in CATEGORIES:
            posts = [p for p in POSTS if p.story.cat == cat]
            for suffix in ("", "index.html"):
                routes[cat_path(cat) + suffix] = lambda r, c=cat, ps=posts: taxonomy_page(
                    r, cat_path(c), c, ps, is_cat=True
                )
        for tag in TAGS:
            posts = [p for p in POSTS if tag in p.tags]
            for suffix in ("", "index.html"):
                routes[tag_path(tag) + suffix] = lambda r, t=tag, ps=posts: taxonomy_page(
                    r, tag_path(t), t, ps, is_cat=False
                )
        self.routes = routes

    def respond(self, request: Request) -> Response | None:
        path = request.path
        route = self.routes.get(path)
        if route is not None:
            return route(request)
        if path.endswith("/") or path.endswith(".html"):
            return None
        # nginx: a folder asked without its slash is redirected to it
        if path + "/" in self.routes:
            return redirect(base_url(request) + path + "/", 301)
        if path.startswith("/files/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/images/", "/assets/", "/galleries/")) or path == "/favicon.ico":
            return static_file(path)
        return None


def build_site() -> NikolaSite:
    return NikolaSite()


GOLD = [
    gold_record(
        p.story,
        p.path,
        p.story.cat,
        canonical_path=p.path,
        alt_paths=[p.path + "index.html"],
    )
    for p in ARTICLES
]

NON_ARTICLES = [
    "/pages/gioi-thieu/",
    "/pages/co-cau-to-chuc/",
    "/pages/danh-ba-dien-thoai/",
    "/pages/lien-he/",
    f"/galleries/{GALLERY}/",
    "/posts/video-ngay-hoi-stem-hoc-sinh-tieu-hoc-nam-2026/",
    "/posts/cong-van-1452-pgddt-thcs-huong-dan-kiem-tra-danh-gia-giua-hoc-ky-i/",
]
