"""Mezzanine 6 (Django CMS + built-in blog) portal of a district education office (Phòng GD&ĐT).

Platform
--------
Phòng Giáo dục và Đào tạo huyện Yên Lập (Phú Thọ) runs Mezzanine 6 on Django 3.2 with a theme a
local vendor made on Mezzanine's Bootstrap 3 templates (``pl-box`` portlets, ``tieude-bv``,
``nd-bv``, ``tg-bv`` …). ``LANGUAGE_CODE = "vi"``, ``TIME_ZONE = "Asia/Ho_Chi_Minh"``,
``USE_TZ = True``, ``BLOG_URLS_DATE_FORMAT = "day"``, ``BLOG_POST_PER_PAGE = 5``,
``BLOG_USE_FEATURED_IMAGE = True``. Mezzanine's default ``SLUGIFY`` (``slugify_unicode``) was in
force until 10/11/2026, when the vendor switched to an ASCII slugify: older posts keep slugs in
Vietnamese letters, printed percent-encoded by ``reverse()``. ``RICHTEXT_FILTER_LEVEL`` is set to
"none" (so editors can embed YouTube iframes): the rich text keeps what TinyMCE and Word pasted,
inline ``mso-*`` styles, ``<o:p>`` and conditional comments included.

URL scheme
----------
- ``/``                                   home (custom index.html: latest posts, category boxes)
- ``/blog/``                              the blog page, titled "Tin tức" (all posts), ``?page=N``
- ``/blog/category/<slug>/``              category listing, ``?page=N``
- ``/blog/tag/<slug>/``                   keyword listing (Mezzanine keywords), ``?page=N``
- ``/blog/author/<username>/``            the posting account's listing, ``?page=N``
- ``/blog/<yyyy>/<mm>/<dd>/<slug>/``      a post (``get_absolute_url``; the date is UTC's!)
- ``/blog/<slug>/``                       the same post (Mezzanine's date-less pattern); any
                                          ``/blog/<yyyy>[/<mm>[/<dd>]]/<slug>/`` serves it too
- ``/blog/feeds/rss/``                    RSS 2.0 of the 20 latest posts, full content, UTC dates
- ``/search/?q=…&type=…``                 Mezzanine search
- ``/gioi-thieu/``, ``/gioi-thieu/co-cau-to-chuc/``, ``/van-ban/``, ``/van-ban/lich-cong-tac-tuan/``
                                          rich-text pages
- ``/thu-vien-anh/`` (rich-text page listing galleries), ``/thu-vien-anh/<slug>/`` (Gallery page)
- ``/lien-he/``                           Mezzanine form page (POST, then ``?sent=1``)
- ``/sitemap.xml``, ``/robots.txt``, ``/admin/`` (redirects to its login page)
- ``/static/…``                           theme files and ``/static/media/uploads/…`` media
- a path without its trailing slash answers 301 to the slashed one (``APPEND_SLASH``)

Page templates
--------------
Every page: top bar (today "Thứ Bảy, 05/12/2026", a hand-made ``<marquee>`` of notices, login
link), banner, Bootstrap navbar with drop-downs (Mezzanine's ``page_menu`` dropdown template) and
the search form, breadcrumb ``ul.breadcrumb``, the main column, the right column of vendor
portlets (``div.pl-box``: new notices, most read, a poll form, a link select, a visitor
counter), footer with address/phone/email.

Post (``blog_post_detail.html``): ``h1.tieude-bv``; ``div.tg-bv`` with the publication date in
Django's Vietnamese DATETIME_FORMAT ("15:20 Ngày 04 tháng 12 năm 2026") and "Lượt xem";
Mezzanine's ``h6.post-meta`` "Đăng bởi: <account> trong <categories> <timesince> trước";
the featured image (when set) above ``div.nd-bv`` (the TinyMCE rich text); keywords
("Từ khóa:"), tool links, Mezzanine's rating form, "Cập nhật lần cuối: H:i d-m-Y", Mezzanine's
related posts ("Tin liên quan"), the vendor's "Các tin khác" (4 newest of the first category),
Mezzanine's threaded comments and comment form.

Listing (``blog_post_list.html``): ``div.post-preview`` per post: title link, post-meta with a
relative date, the featured image's 90x90 thumbnail, ``description_from_content`` (the rich
text up to its first ``</p>``), "Xem tiếp / N bình luận"; Mezzanine's ``ul.pagination``
(← 1 2 3 →, ``?page=1`` included).

How each gold article is reached
--------------------------------
Newest first: #1, #3, #2, #4, #5 on the home page and /blog/ page 1; #6-#10 on /blog/?page=2;
#11-#13 on /blog/?page=3. Categories: "Tin tức - Sự kiện" #1 #4 #6 #9 #11 | #12 (page 2 only),
"Chuyên môn" #3 #4 #5 #10, "Thông báo" #2 #7, "Công đoàn - Đoàn thể" #8 #13. #12 is on no
page 1 of any listing, in no portlet and in no other post's lists: /blog/?page=3,
/blog/category/tin-tuc-su-kien/?page=2 and /blog/author/quantri/?page=2 reach it. #13 is also
linked by #11's "Xem thêm" line (raw Vietnamese slug, date-less URL); #10 by #7's "Xem thêm"
line under an outdated date; #2 by the marquee (date-less URL).

Traps
-----
1. Two URLs per post, no canonical. Mezzanine's detail view ignores the date parts, so
   ``/blog/<slug>/`` and any dated prefix serve the post; the page prints no ``rel=canonical``.
   The marquee, "Xem thêm" lines and the sitemap-free links of editors use ``/blog/<slug>/``;
   #10's publish date was moved from 28/10 to 30/10 and #7 still links
   ``/blog/2026/10/28/<slug>/``. Gold: the ``get_absolute_url`` path; the others in alt_paths.
2. The URL's date is not the publication date: ``get_absolute_url`` reads the UTC datetime, so
   #3 (published 00:00 on 02/12) lives under ``/2026/12/01/`` and #13 (06:30 on 05/10) under
   ``/2026/10/04/``. Gold: the date the page prints.
3. Dates in Django's Vietnamese formats: the time comes first ("15:20 Ngày 04 tháng 12 năm
   2026"); listings, post-meta and comments print only ``timesince`` ("2 tuần, 1 ngày trước");
   "Cập nhật lần cuối: 09:12 03-12-2026" is the update; the RSS feed says UTC ("+0000");
   the sitemap's lastmod is the update day; "Các tin khác" prints other posts' days. Gold: the
   ``tg-bv`` date with its time (+07:00); #3 printed at "00:00" is the day alone.
4. Bylines: "Đăng bởi: quantri" / "pgd_yenlap" are CMS accounts (nobody); the real author signs
   at the end of the rich text in a right-aligned paragraph: "Tin, ảnh: X" (author and
   photographer), "Tin: X - Ảnh: Y", "Bài và ảnh: X", "ThS. X - Trường THCS Minh Hòa" (name
   only), a unit alone ("Bộ phận THCS", "Tổ Văn phòng", "Trường MN Hoa Sen"), a letterhead
   signer. Gold: names as described per article.
5. Captions are ordinary TinyMCE paragraphs: a centred ``<em>`` paragraph after the photo, a
   second row of an image table, the photo's own ``<p>`` after a ``<br />`` ("Ảnh: X" credit
   only: caption None), and one in parentheses (taken off). Gold: not body, the caption.
6. The featured image (BLOG_USE_FEATURED_IMAGE) is printed above the rich text, outside
   ``nd-bv``, as a Mezzanine thumbnail path (``.thumbnails/…-600x0.jpg``): it is the article's
   first photo (#4, #13), with no caption. Listing thumbnails (90x90) are not images of anything.
7. Chrome that reads like text: Mezzanine's threaded comments under #4 and #6 (names,
   relative dates, paragraphs, "Trả lời"), the rating form, the related/other lists, keywords,
   the "Lịch công tác tuần" rich-text page full of dates (not an article). Gold: none of it.
8. Official notice #2 in a TinyMCE letterhead table ("UBND HUYỆN YÊN LẬP / PHÒNG GIÁO DỤC VÀ
   ĐÀO TẠO | CỘNG HÒA …", "Số: 412/TB-PGDĐT", "Yên Lập, ngày 30 tháng 11 năm 2026"), the
   centred "THÔNG BÁO / Về việc …", a "Nơi nhận" / "KT. TRƯỞNG PHÒNG / PHÓ TRƯỞNG PHÒNG"
   closing table and a "Tệp đính kèm" line. Gold: body = the paragraphs in between; date
   "2026-11-30" (published 01/12 10:15); author the signer "Trần Văn Hùng".
9. Text pasted from Word (#5): ``MsoNormal`` paragraphs, list paragraphs whose markers ("-",
   "1.") sit in ``<span style="mso-list:Ignore">``, a Word table with ``<p class=MsoNormal>`` in
   its cells. Gold: markers dropped, rows as "a | b | c".
10. Text pasted from a Mac (#9): one paragraph in decomposed Unicode (NFD). Gold: NFC.
11. Footnotes: Word's bracketed calls ``<span class=MsoFootnoteReference>[1]</span>`` stay in the
    text (#9), their entries after "Tài liệu tham khảo" are body; a bare ``<sup>1</sup>`` call
    (#12) does not, its note "(1) …" under "Chú thích:" is body.
12. ``<br />`` inside one paragraph (#13): three body paragraphs; a paragraph beginning
    "Nguồn kinh phí …" (#13) and one beginning "Theo kế hoạch, …" (#10) are text, while
    "Nguồn: Cổng Thông tin điện tử huyện Yên Lập" (#6) and "Theo Báo Phú Thọ" (#10) are sources.
13. Discovery: Vietnamese slugs percent-encoded in most links but raw UTF-8 in the hrefs editors
    typed in TinyMCE; pagination links are relative (``?page=2``) and Mezzanine serves the last
    page for any out-of-range ``?page=``; the breadcrumb of every post says "Tin tức" (the blog
    page), not the category; the sitemap lists the production domain (``SITE_ID`` points at
    ``pgdyenlap.phutho.edu.vn``), not the host being crawled.

Gold decisions on ambiguous points
----------------------------------
- category: the first category in the post-meta line "trong …" (Mezzanine categories; #4 is
  filed under "Tin tức - Sự kiện, Chuyên môn" -> "Tin tức - Sự kiện"); the breadcrumb's
  "Tin tức" is the blog page, not a category.
- summary: the bold lead paragraph (#1, #4, #6, #9, #11); elsewhere null although Mezzanine
  always prints a meta description generated from the first paragraph.
- "Ảnh: X" printed as the only line under a photo (#3): caption None, X is the photographer.
- "Bài và ảnh: X" reads like "Tin, ảnh: X": X is author and photographer.
- the typed "- " at the start of #2's and #13's lines is text and stays; Word's list markers in
  mso-list:Ignore spans (#5) are not.
- the emoji in #4's title ("🎉") and text ("✨") are kept as printed.
- headings typed as bold paragraphs ("1. Thời gian, địa điểm", "I. MỤC ĐÍCH, YÊU CẦU") are
  body paragraphs; a blockquote in #6 is one.
- Comments are never body, not even the editor's reply.
- alt_paths: the date-less ``/blog/<slug>/`` of every post (Mezzanine's own second pattern) and
  the outdated dated URL of #10 that the site links; other dated prefixes serve too but are
  linked nowhere.
- Unicode slugs: gold paths are percent-encoded UTF-8 with upper-case hex, as Django prints.
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    collapse,
    esc,
    gold_record,
    opaque,
    static_file,
    text,
)

NAME = "mezzanine_pgd"
PLATFORM = "Mezzanine 6 (Django 3.2, built-in blog, vendor Bootstrap 3 theme)"
START_PATH = "/"

ICT = timezone(timedelta(hours=7))
NOW = datetime(2026, 12, 5, 9, 0, tzinfo=ICT)
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
SITE_TITLE = "Phòng GD&ĐT Yên Lập"
SITE_DOMAIN = "pgdyenlap.phutho.edu.vn"
PER_PAGE = 5

CATEGORIES = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "chuyen-mon": "Chuyên môn",
    "thong-bao": "Thông báo",
    "cong-doan-doan-the": "Công đoàn - Đoàn thể",
}


def slugify_unicode(value: str) -> str:
    """Mezzanine's default slugify: letters and digits of any script kept, lower-cased."""
    chars = []
    for ch in unicodedata.normalize("NFC", value):
        cat = unicodedata.category(ch)[0]
        if cat in "LN" or ch in "-_~":
            chars.append(ch)
        elif cat == "Z":
            chars.append(" ")
    return re.sub(r"[-\s]+", "-", "".join(chars).strip()).lower()


def enc(path: str) -> str:
    """A path as Django's reverse()/iri_to_uri prints it: UTF-8 percent-encoded, upper-case hex."""
    return quote(path, safe="/-_.~")


@dataclass
class Post:
    story: Story
    when: datetime  # publication datetime, local time
    cats: list[str]
    account: str
    tags: list[str] = field(default_factory=list)
    updated: datetime | None = None
    featured: str | None = None  # upload path below /static/media/
    related: list[int] = field(default_factory=list)
    comments: list[tuple[int, int | None, str, datetime, str]] = field(default_factory=list)
    unicode_slug: bool = False

    @property
    def slug(self) -> str:
        return self.story.slug

    @property
    def utc(self) -> datetime:
        return self.when.astimezone(UTC)

    @property
    def url(self) -> str:
        u = self.utc
        return enc(f"/blog/{u.year:04d}/{u.month:02d}/{u.day:02d}/{self.slug}/")

    @property
    def plain_url(self) -> str:
        return enc(f"/blog/{self.slug}/")

    @property
    def title(self) -> str:
        return self.story.title


def S(sid: int, title: str, cat: str, published_at: str | None, blocks: list, *, slug: str | None = None,
      **kw) -> Story:
    return Story(sid, slug or slugify_unicode(title), title, cat, published_at, blocks, **kw)


# --- rich-text snippets -------------------------------------------------------------------------

def right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


UP = "/static/media/uploads"

LETTERHEAD = Raw(
    '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>\n'
    '<td style="width: 42%; text-align: center; vertical-align: top;"><strong>UBND HUYỆN YÊN LẬP</strong>'
    "<br /><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong><br />———————<br />Số: 412/TB-PGDĐT</td>\n"
    '<td style="width: 58%; text-align: center; vertical-align: top;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA '
    "VIỆT NAM</strong><br /><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />&nbsp;<br />"
    "<em>Yên Lập, ngày 30 tháng 11 năm 2026</em></td>\n</tr></tbody></table>\n"
    '<p style="text-align: center;">&nbsp;</p>\n'
    '<p style="text-align: center;"><span style="font-size: 14pt;"><strong>THÔNG BÁO</strong></span></p>\n'
    '<p style="text-align: center;"><strong>Về việc tổ chức Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện '
    "<br />năm học 2026-2027</strong></p>"
)
NOI_NHAN = Raw(
    '<table style="width: 100%;" border="0"><tbody><tr>\n'
    '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />'
    '<span style="font-size: 10pt;">- Các trường THCS (t/h);<br />- Lãnh đạo Phòng;<br />'
    "- Website Phòng GD&amp;ĐT;<br />- Lưu: VT, CM.</span></td>\n"
    '<td style="width: 50%; text-align: center; vertical-align: top;"><strong>KT. TRƯỞNG PHÒNG<br />'
    "PHÓ TRƯỞNG PHÒNG</strong><br /><br /><em>(Đã ký)</em><br /><br /><strong>Trần Văn Hùng</strong></td>\n"
    "</tr></tbody></table>"
)


def _posts() -> list[Post]:
    posts: list[Post] = []

    # 1 -------------------------------------------------------------------------------------
    lead1 = (
        "Chiều ngày 04/12/2026, Phòng Giáo dục và Đào tạo huyện Yên Lập tổ chức Hội nghị tổng kết Hội "
        "thi Giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027. Tới dự có đồng chí Hà Văn "
        "Quyết - Phó Chủ tịch UBND huyện; lãnh đạo Phòng GD&ĐT cùng 86 giáo viên dự thi đến từ 17 "
        "trường tiểu học trên địa bàn."
    )
    cap1a = "Đồng chí Hà Văn Quyết - Phó Chủ tịch UBND huyện phát biểu tại hội nghị"
    cap1b = "Lãnh đạo Phòng GD&ĐT trao Giấy chứng nhận cho các giáo viên đạt danh hiệu xuất sắc"
    posts.append(Post(
        S(1, "Hội nghị tổng kết Hội thi Giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027",
          "tin-tuc-su-kien", "2026-12-04T15:20:00+07:00", [
              P(lead1, "lead"),
              Img(f"{UP}/tin-tuc/gvdg_th_2026_01.jpg", cap1a, cap1a, "em"),
              P("Hội thi được tổ chức từ ngày 16/11 đến ngày 28/11/2026 với hai phần thi: trình bày biện "
                "pháp nâng cao chất lượng giảng dạy và dạy thực hành 02 tiết trên lớp. Các tiết dạy được "
                "Ban Giám khảo đánh giá theo Công văn số 2345/BGDĐT-GDTH, chú trọng việc tổ chức hoạt động "
                "học cho học sinh và ứng dụng công nghệ thông tin hợp lý."),
              P("Kết quả, Ban Tổ chức công nhận 64 giáo viên đạt danh hiệu Giáo viên dạy giỏi cấp huyện, "
                "trong đó có 12 giáo viên xếp loại xuất sắc. Trường Tiểu học Thị trấn Yên Lập, Tiểu học "
                "Xuân Viên và Tiểu học Minh Hòa là ba đơn vị có tỉ lệ giáo viên đạt danh hiệu cao nhất."),
              Img(f"{UP}/tin-tuc/gvdg_th_2026_02.jpg", cap1b, cap1b, "em"),
              P("Phát biểu tại hội nghị, đồng chí Phó Chủ tịch UBND huyện ghi nhận sự cố gắng của đội ngũ "
                "giáo viên, đồng thời đề nghị các nhà trường tiếp tục nhân rộng những tiết dạy hay, những "
                "biện pháp hiệu quả qua sinh hoạt chuyên môn cấp trường, cụm trường trong thời gian tới."),
              right("<strong>Tin, ảnh: Hà Thị Lan</strong>"),
          ], slug="hoi-nghi-tong-ket-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
          authors=["Hà Thị Lan"], photographers=["Hà Thị Lan"], summary=lead1),
        datetime(2026, 12, 4, 15, 20, tzinfo=ICT), ["tin-tuc-su-kien"], "quantri",
        updated=datetime(2026, 12, 4, 15, 41, tzinfo=ICT)))

    # 2 -------------------------------------------------------------------------------------
    posts.append(Post(
        S(2, "Thông báo tổ chức Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026-2027",
          "thong-bao", "2026-11-30", [
              LETTERHEAD,
              P("Căn cứ Kế hoạch số 285/KH-PGDĐT ngày 15/9/2026 của Phòng Giáo dục và Đào tạo về việc thực "
                "hiện nhiệm vụ năm học 2026-2027; Phòng GD&ĐT huyện Yên Lập thông báo tổ chức Kỳ thi chọn "
                "học sinh giỏi lớp 9 cấp huyện như sau:"),
              P("1. Thời gian, địa điểm", "b"),
              P("- Thời gian thi: Ngày 19/12/2026 (Thứ Bảy). Thí sinh có mặt tại điểm thi lúc 07 giờ 00 "
                "phút để làm thủ tục dự thi."),
              P("- Địa điểm: Trường THCS Thị trấn Yên Lập."),
              P("2. Môn thi và hình thức thi", "b"),
              P("- Các môn thi: Ngữ văn, Toán, Tiếng Anh, Khoa học tự nhiên, Lịch sử và Địa lí, Tin học."),
              P("- Hình thức thi: Tự luận (riêng môn Tiếng Anh kết hợp trắc nghiệm và tự luận); thời gian "
                "làm bài 150 phút."),
              P("3. Hồ sơ đăng ký dự thi", "b"),
              P("Các trường THCS lập danh sách thí sinh theo mẫu gửi kèm, nộp về Phòng GD&ĐT (qua bộ phận "
                "chuyên môn THCS) trước ngày 10/12/2026, đồng thời gửi bản mềm qua hộp thư điện tử "
                "chuyenmon.thcs@yenlap.edu.vn."),
              P("Nhận được Thông báo này, đề nghị Hiệu trưởng các trường THCS triển khai thực hiện nghiêm "
                "túc./."),
              NOI_NHAN,
              Raw(f'<p><strong>Tệp đính kèm:</strong> <a href="{UP}/thong-bao/tb_412_hsg9_2026.pdf" '
                  'target="_blank">tb_412_hsg9_2026.pdf</a> (245 KB)</p>'),
          ], slug="thong-bao-to-chuc-ky-thi-chon-hoc-sinh-gioi-lop-9-cap-huyen-nam-hoc-2026-2027",
          authors=["Trần Văn Hùng"]),
        datetime(2026, 12, 1, 10, 15, tzinfo=ICT), ["thong-bao"], "pgd_yenlap", tags=["học sinh giỏi"],
        updated=datetime(2026, 12, 2, 8, 5, tzinfo=ICT), related=[9]))

    # 3 -------------------------------------------------------------------------------------
    posts.append(Post(
        S(3, "Chuyên đề “Đổi mới sinh hoạt chuyên môn theo nghiên cứu bài học” tại Trường THCS Thị trấn",
          "chuyen-mon", "2026-12-02", [
              P("Thực hiện kế hoạch chuyên môn năm học 2026-2027, ngày 01/12/2026, Phòng GD&ĐT phối hợp với "
                "Trường THCS Thị trấn Yên Lập tổ chức chuyên đề cấp huyện “Đổi mới sinh hoạt chuyên môn theo "
                "nghiên cứu bài học” môn Ngữ văn và Toán."),
              Img(f"{UP}/chuyen-mon/cd_sinh_hoat_cm_01.jpg", "Ảnh: Phạm Quang Huy", None, "credit"),
              P("Tham dự chuyên đề có đại diện lãnh đạo, tổ trưởng chuyên môn và giáo viên dạy Ngữ văn, Toán "
                "của 14 trường THCS trong huyện. Hai tiết dạy minh họa do cô giáo Nguyễn Thị Hằng và thầy "
                "giáo Lê Văn Khánh thực hiện với lớp 8A và 9B."),
              P("Sau tiết dạy, các đại biểu tập trung phân tích hoạt động học của học sinh: học sinh học như "
                "thế nào, gặp khó khăn gì, nguyên nhân và biện pháp hỗ trợ; tránh việc nhận xét, xếp loại "
                "tiết dạy của giáo viên như trước đây."),
              Img(f"{UP}/chuyen-mon/cd_sinh_hoat_cm_02.jpg", "Ảnh: Phạm Quang Huy", None, "credit"),
              P("Qua chuyên đề, các nhà trường thống nhất một số nội dung cần thực hiện trong học kỳ I:"),
              P("Xây dựng kế hoạch bài học theo hướng tổ chức các chuỗi hoạt động học tích cực;", "li"),
              P("Ghi hình tiết dạy để phục vụ việc phân tích, trao đổi sau giờ dạy;", "li"),
              P("Duy trì sinh hoạt chuyên môn cụm trường ít nhất 01 lần/tháng.", "li"),
              right("<strong><em>Bộ phận THCS</em></strong>"),
          ], slug="chuyen-de-doi-moi-sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-tai-truong-thcs-thi-tran",
          authors=["Bộ phận THCS"], photographers=["Phạm Quang Huy"]),
        datetime(2026, 12, 2, 0, 0, tzinfo=ICT), ["chuyen-mon"], "quantri", tags=["chuyên đề"],
        updated=datetime(2026, 12, 2, 7, 48, tzinfo=ICT)))

    # 4 -------------------------------------------------------------------------------------
    lead4 = (
        "Sáng 28/11/2026, Trường Mầm non Hoa Sen (xã Hưng Long) long trọng tổ chức Lễ đón nhận Bằng công "
        "nhận trường mầm non đạt chuẩn Quốc gia mức độ 1 và khánh thành khu phòng học 2 tầng với tổng "
        "kinh phí hơn 6,8 tỷ đồng."
    )
    cap4 = "Lãnh đạo huyện trao Bằng công nhận cho Trường Mầm non Hoa Sen"
    posts.append(Post(
        S(4, "🎉 Trường Mầm non Hoa Sen đón nhận Bằng công nhận trường đạt chuẩn Quốc gia mức độ 1",
          "tin-tuc-su-kien", "2026-11-28T16:45:00+07:00", [
              Img(f"{UP}/blog/.thumbnails/mn_hoa_sen_chuan_qg.jpg/mn_hoa_sen_chuan_qg-600x0.jpg", None, None,
                  "featured"),
              P(lead4, "lead"),
              P("Được thành lập năm 1998, đến nay nhà trường có 11 nhóm, lớp với 312 trẻ; 100% cán bộ, giáo "
                "viên đạt chuẩn trình độ đào tạo theo Luật Giáo dục 2019. Những năm qua, nhà trường luôn duy "
                "trì tỉ lệ trẻ suy dinh dưỡng dưới 3% và 100% trẻ 5 tuổi hoàn thành Chương trình giáo dục "
                "mầm non."),
              Img(f"{UP}/tin-tuc/mn_hoa_sen_01.jpg", f"({cap4})", cap4, "em"),
              P("Phát biểu tại buổi lễ, bà Đinh Thị Minh Nguyệt - Trưởng phòng GD&ĐT huyện đề nghị nhà "
                "trường tiếp tục giữ vững và nâng cao các tiêu chuẩn đã đạt được, phấn đấu đạt chuẩn mức độ "
                "2 vào năm 2028 ✨"),
              right("<strong>Trường MN Hoa Sen</strong>"),
          ], slug="truong-mam-non-hoa-sen-don-nhan-bang-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-1",
          authors=["Trường MN Hoa Sen"], summary=lead4),
        datetime(2026, 11, 28, 16, 45, tzinfo=ICT), ["tin-tuc-su-kien", "chuyen-mon"], "quantri",
        updated=datetime(2026, 11, 29, 7, 2, tzinfo=ICT), featured="uploads/blog/mn_hoa_sen_chuan_qg.jpg",
        comments=[(57, None, "Phụ huynh lớp Lá 2", datetime(2026, 11, 28, 20, 13, tzinfo=ICT),
                   "Chúc mừng cô và trò Trường Mầm non Hoa Sen! Phòng học mới khang trang quá 👏")]))

    # 5 -------------------------------------------------------------------------------------
    posts.append(Post(
        S(5, "Hướng dẫn tổ chức hoạt động trải nghiệm “Em yêu quê hương Đất Tổ” cho học sinh tiểu học",
          "chuyen-mon", "2026-11-25T09:30:00+07:00", [
              P("Căn cứ Kế hoạch số 301/KH-PGDĐT ngày 02/10/2026 về giáo dục địa phương và hoạt động trải "
                "nghiệm năm học 2026-2027, Phòng GD&ĐT hướng dẫn các trường tiểu học tổ chức hoạt động trải "
                "nghiệm với chủ đề “Em yêu quê hương Đất Tổ” như sau:", "mso"),
              P("I. MỤC ĐÍCH, YÊU CẦU", "mso-b"),
              P("Giúp học sinh hiểu biết về lịch sử, văn hóa, danh lam thắng cảnh của huyện Yên Lập và tỉnh "
                "Phú Thọ;", "mso-li:-"),
              P("Hình thành tình yêu quê hương, ý thức giữ gìn và phát huy giá trị di sản Hát Xoan, tín "
                "ngưỡng thờ cúng Hùng Vương;", "mso-li:-"),
              P("Hoạt động an toàn, tiết kiệm, phù hợp với điều kiện thực tế của nhà trường.", "mso-li:-"),
              P("II. NỘI DUNG VÀ HÌNH THỨC", "mso-b"),
              P("Tham quan, tìm hiểu di tích lịch sử - văn hóa tại địa phương (đình, đền, nhà văn hóa khu "
                "dân cư);", "mso-li:1."),
              P("Tổ chức sân chơi “Rung chuông vàng” tìm hiểu về quê hương Đất Tổ;", "mso-li:2."),
              P("Thi vẽ tranh, kể chuyện, hát dân ca và trò chơi dân gian.", "mso-li:3."),
              P("III. THỜI GIAN THỰC HIỆN", "mso-b"),
              P("Thời gian | Nội dung | Đối tượng", "row"),
              P("Tháng 12/2026 | Tham quan di tích, tìm hiểu lịch sử địa phương | Học sinh khối 3, 4, 5", "row"),
              P("Tháng 01/2027 | Sân chơi “Rung chuông vàng”, thi vẽ tranh | Toàn trường", "row"),
              P("Các trường gửi báo cáo kết quả về Phòng GD&ĐT (bộ phận Tiểu học) trước ngày 20/01/2027.",
                "mso"),
          ], slug="huong-dan-to-chuc-hoat-dong-trai-nghiem-em-yeu-que-huong-dat-to-cho-hoc-sinh-tieu-hoc"),
        datetime(2026, 11, 25, 9, 30, tzinfo=ICT), ["chuyen-mon"], "pgd_yenlap", tags=["chuyên đề"],
        updated=datetime(2026, 11, 25, 9, 30, tzinfo=ICT)))

    # 6 -------------------------------------------------------------------------------------
    lead6 = (
        "Sáng 19/11/2026, UBND huyện Yên Lập tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và biểu "
        "dương nhà giáo tiêu biểu năm 2026. Dự buổi lễ có đồng chí Nguyễn Mạnh Cường - Phó Bí thư Thường "
        "trực Huyện ủy, Chủ tịch HĐND huyện."
    )
    cap6a = "Các đại biểu tặng hoa chúc mừng các thầy, cô giáo nhân ngày 20/11"
    cap6b = "Chủ tịch UBND huyện trao Giấy khen cho các nhà giáo tiêu biểu"
    posts.append(Post(
        S(6, "Ngành Giáo dục huyện Yên Lập kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
          "tin-tuc-su-kien", "2026-11-20T14:00:00+07:00", [
              P(lead6, "lead"),
              P("Năm học 2025-2026, toàn huyện có 68 trường học với hơn 22.000 học sinh; chất lượng giáo dục "
                "mũi nhọn có nhiều chuyển biến: 47 học sinh đạt giải cấp tỉnh, 02 học sinh đạt giải cấp quốc "
                "gia. Tỉ lệ trường đạt chuẩn quốc gia đạt 82,4%."),
              Img(f"{UP}/tin-tuc/ky_niem_20_11_2026_01.jpg", cap6a, cap6a, "em"),
              P("Tại buổi lễ, 25 tập thể và 58 cá nhân được Chủ tịch UBND huyện tặng Giấy khen vì có thành "
                "tích xuất sắc trong phong trào thi đua “Đổi mới, sáng tạo trong dạy và học”."),
              Img(f"{UP}/tin-tuc/ky_niem_20_11_2026_02.jpg", cap6b, cap6b, "em"),
              P("“Mỗi thầy cô giáo hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo để học sinh noi "
                "theo.”", "quote"),
              P("Nhân dịp này, Công đoàn ngành đã trao 15 suất quà cho giáo viên có hoàn cảnh đặc biệt khó "
                "khăn, mỗi suất trị giá 1.000.000 đồng."),
              right("<strong>Hoàng Anh</strong>"),
              right("<em>Nguồn: Cổng Thông tin điện tử huyện Yên Lập</em>"),
          ], slug="nganh-giao-duc-huyen-yen-lap-ky-niem-44-nam-ngay-nha-giao-viet-nam",
          authors=["Hoàng Anh"], source="Cổng Thông tin điện tử huyện Yên Lập", summary=lead6),
        datetime(2026, 11, 20, 14, 0, tzinfo=ICT), ["tin-tuc-su-kien"], "quantri", tags=["20-11"],
        updated=datetime(2026, 11, 21, 8, 10, tzinfo=ICT), related=[8],
        comments=[
            (41, None, "Nguyễn Thị Mai", datetime(2026, 11, 20, 19, 2, tzinfo=ICT),
             "Chúc các thầy cô giáo luôn mạnh khỏe, hạnh phúc và thành công trong sự nghiệp trồng người!"),
            (42, 41, "Ban biên tập", datetime(2026, 11, 21, 7, 30, tzinfo=ICT),
             "Cảm ơn bạn đã quan tâm theo dõi Trang thông tin điện tử Phòng GD&ĐT."),
            (44, None, "Cựu học sinh THCS Xuân An", datetime(2026, 11, 22, 21, 45, tzinfo=ICT),
             "Nhớ thầy cô trường cũ quá. Kính chúc thầy cô một mùa 20/11 thật ý nghĩa."),
        ]))

    # 7 -------------------------------------------------------------------------------------
    posts.append(Post(
        S(7, "Lịch kiểm tra công tác thư viện trường học học kỳ I năm học 2026-2027", "thong-bao",
          "2026-11-18T10:00:00+07:00", [
              P("Thực hiện Kế hoạch kiểm tra năm học 2026-2027, Phòng GD&ĐT thông báo lịch kiểm tra công tác "
                "thư viện trường học học kỳ I tại các đơn vị như sau:"),
              P("Ngày | Đơn vị được kiểm tra | Thành phần đoàn", "row"),
              P("24/11/2026 | TH Xuân Viên, THCS Xuân Viên | Bộ phận Tiểu học, Bộ phận THCS", "row"),
              P("26/11/2026 | TH Minh Hòa, THCS Minh Hòa | Bộ phận Tiểu học, Bộ phận THCS", "row"),
              P("01/12/2026 | TH&THCS Nga Hoàng | Bộ phận THCS", "row"),
              P("Các đơn vị chuẩn bị đầy đủ hồ sơ, sổ sách thư viện theo Thông tư số 16/2022/TT-BGDĐT; cán "
                "bộ thư viện có mặt tại đơn vị trong thời gian kiểm tra."),
              Raw("<p><em>Xem thêm:</em> <a href=\"{old10}\">Kinh nghiệm xây dựng thư viện xanh ở Trường Tiểu "
                  "học Xuân Viên</a></p>"),
              right("<strong>Tổ Văn phòng</strong>"),
          ], slug="lich-kiem-tra-cong-tac-thu-vien-truong-hoc-hoc-ky-i-nam-hoc-2026-2027",
          authors=["Tổ Văn phòng"]),
        datetime(2026, 11, 18, 10, 0, tzinfo=ICT), ["thong-bao"], "pgd_yenlap", tags=["thư viện"],
        updated=datetime(2026, 11, 18, 10, 0, tzinfo=ICT)))

    # 8 -------------------------------------------------------------------------------------
    cap8 = "Trận chung kết giữa đội Cụm Thị trấn và đội Cụm Xuân Viên"
    posts.append(Post(
        S(8, "Công đoàn ngành Giáo dục tổ chức Giải bóng chuyền hơi nữ chào mừng ngày 20/11",
          "cong-doan-doan-the", "2026-11-14T08:30:00+07:00", [
              P("Từ ngày 12 đến 13/11/2026, tại Nhà thi đấu Trung tâm Văn hóa - Thể thao huyện, Công đoàn "
                "ngành Giáo dục huyện Yên Lập tổ chức Giải bóng chuyền hơi nữ cán bộ, giáo viên năm 2026."),
              P("Giải thu hút 18 đội bóng đến từ các cụm trường mầm non, tiểu học và THCS với gần 200 vận "
                "động viên tham gia. Các trận đấu diễn ra sôi nổi, hấp dẫn trên tinh thần đoàn kết, giao lưu, "
                "học hỏi."),
              Img(f"{UP}/cong-doan/bong_chuyen_hoi_2026.jpg", cap8, cap8, "tbl"),
              P("Kết quả: Giải Nhất thuộc về đội Cụm Thị trấn; giải Nhì: đội Cụm Xuân Viên; đồng giải Ba: "
                "đội Cụm Minh Hòa và đội Cụm Hưng Long. Ban Tổ chức cũng trao giải Phong cách cho đội Trường "
                "Mầm non Mỹ Lung."),
              right("<strong>Tin: Lê Thu Trang - Ảnh: Nguyễn Đức Mạnh</strong>"),
          ], slug="cong-doan-nganh-giao-duc-to-chuc-giai-bong-chuyen-hoi-nu-chao-mung-ngay-20-11",
          authors=["Lê Thu Trang"], photographers=["Nguyễn Đức Mạnh"]),
        datetime(2026, 11, 14, 8, 30, tzinfo=ICT), ["cong-doan-doan-the"], "quantri", tags=["20-11"],
        updated=datetime(2026, 12, 3, 9, 12, tzinfo=ICT), related=[6]))

    # 9 (unicode slug) ----------------------------------------------------------------------
    lead9 = (
        "Ngày 06/11/2026, tại Trường THCS Minh Hòa, Phòng GD&ĐT tổ chức Hội thảo “Nâng cao chất lượng dạy "
        "học môn Tiếng Anh cấp THCS theo Chương trình GDPT 2018” với sự tham gia của 45 giáo viên Tiếng "
        "Anh trong toàn huyện."
    )
    cap9 = "Cô giáo Đinh Thị Ngọc Ánh trình bày tham luận tại hội thảo"
    posts.append(Post(
        S(9, "Hội thảo nâng cao chất lượng dạy học môn Tiếng Anh cấp THCS", "tin-tuc-su-kien",
          "2026-11-07T19:05:00+07:00", [
              P(lead9, "lead"),
              P("Tại hội thảo, các đại biểu đã nghe 06 tham luận về đổi mới phương pháp dạy kỹ năng nghe, "
                "nói; ứng dụng phần mềm học tập trực tuyến và kinh nghiệm bồi dưỡng học sinh giỏi môn Tiếng "
                "Anh.[1]", "nfd fnb"),
              P("Theo kết quả khảo sát đầu năm học, điểm trung bình môn Tiếng Anh lớp 9 của huyện mới đạt 5,2 "
                "điểm, thấp hơn mức bình quân của tỉnh[2]. Vì vậy, việc tìm ra các giải pháp phù hợp với học "
                "sinh vùng nông thôn, miền núi là yêu cầu cấp thiết.", "fnb"),
              Img(f"{UP}/tin-tuc/hoi_thao_tieng_anh_thcs.jpg", cap9, cap9, "em"),
              P("Kết thúc hội thảo, các trường thống nhất tăng cường tổ chức câu lạc bộ Tiếng Anh, ngày hội "
                "Tiếng Anh và khai thác hiệu quả các thiết bị dạy học ngoại ngữ đã được trang bị."),
              P("Tài liệu tham khảo", "b"),
              P("[1] Bộ Giáo dục và Đào tạo (2018), Chương trình giáo dục phổ thông môn Tiếng Anh, ban hành "
                "kèm theo Thông tư số 32/2018/TT-BGDĐT.", "ftn"),
              P("[2] Sở GD&ĐT Phú Thọ (2026), Báo cáo kết quả khảo sát chất lượng đầu năm học 2026-2027.",
                "ftn"),
              right("<strong>ThS. Đinh Thị Ngọc Ánh</strong> - <em>Trường THCS Minh Hòa</em>"),
          ], authors=["Đinh Thị Ngọc Ánh"], summary=lead9),
        datetime(2026, 11, 7, 19, 5, tzinfo=ICT), ["tin-tuc-su-kien"], "quantri", tags=["học sinh giỏi"],
        updated=datetime(2026, 11, 8, 6, 55, tzinfo=ICT), unicode_slug=True))

    # 10 (unicode slug, publish date moved) ------------------------------------------------
    posts.append(Post(
        S(10, "Kinh nghiệm xây dựng thư viện xanh ở Trường Tiểu học Xuân Viên", "chuyen-mon",
          "2026-10-30T15:00:00+07:00", [
              P("Không gian đọc ngoài trời rợp bóng cây, những giá sách nhiều màu sắc đặt ngay dưới tán bàng "
                "là hình ảnh quen thuộc ở Trường Tiểu học Xuân Viên từ đầu năm học 2026-2027."),
              P("Theo kế hoạch, nhà trường huy động hơn 2.500 đầu sách từ phụ huynh, cựu học sinh và các nhà "
                "hảo tâm; mỗi lớp được giao chăm sóc một góc đọc và tự tổ chức giờ đọc sách vào sáng thứ Năm "
                "hằng tuần."),
              Img(f"{UP}/chuyen-mon/thu_vien_xanh_xuan_vien.jpg", None, None, "bare"),
              P("Cô Hà Thị Thanh Thủy, Hiệu trưởng nhà trường cho biết: “Từ khi có thư viện xanh, số lượt "
                "mượn sách của học sinh tăng gấp ba lần so với năm học trước. Các em chủ động đọc, kể lại câu "
                "chuyện cho bạn bè nghe”."),
              right("<strong>Thu Hương</strong>"),
              right("<em>Theo Báo Phú Thọ</em>"),
          ], authors=["Thu Hương"], source="Báo Phú Thọ"),
        datetime(2026, 10, 30, 15, 0, tzinfo=ICT), ["chuyen-mon"], "pgd_yenlap", tags=["thư viện"],
        updated=datetime(2026, 10, 30, 15, 4, tzinfo=ICT), unicode_slug=True))

    # 11 (unicode slug) ---------------------------------------------------------------------
    lead11 = (
        "Ngày 21/10/2026, Phòng GD&ĐT phối hợp với Công an huyện Yên Lập tổ chức tập huấn nghiệp vụ phòng "
        "cháy, chữa cháy (PCCC) và cứu nạn, cứu hộ cho hơn 150 cán bộ, giáo viên, nhân viên các trường học "
        "trên địa bàn."
    )
    cap11 = "Cán bộ Công an huyện hướng dẫn sử dụng bình chữa cháy xách tay"
    posts.append(Post(
        S(11, "Tập huấn công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ trong trường học năm 2026",
          "tin-tuc-su-kien", "2026-10-22T11:10:00+07:00", [
              P(lead11, "lead"),
              P("Tại buổi tập huấn, các học viên được cán bộ Đội Cảnh sát PCCC và CNCH Công an huyện phổ biến "
                "các quy định của pháp luật về PCCC; nguyên nhân, cách phòng ngừa cháy nổ trong trường học và "
                "kỹ năng thoát nạn khi có sự cố."),
              Img(f"{UP}/tin-tuc/tap_huan_pccc_2026.jpg", f"({cap11})", cap11, "em"),
              P("Các học viên cũng trực tiếp thực hành sử dụng bình chữa cháy, xử lý tình huống giả định cháy "
                "tại phòng học và tổ chức sơ tán học sinh ra khỏi khu vực nguy hiểm."),
              Raw("<p><strong>Xem thêm:</strong> <a href=\"{raw13}\">Trao 200 suất học bổng “Tiếp bước đến "
                  "trường” cho học sinh có hoàn cảnh khó khăn</a></p>"),
              right("<strong>Bài và ảnh: Vũ Minh Tuấn</strong>"),
          ], authors=["Vũ Minh Tuấn"], photographers=["Vũ Minh Tuấn"], summary=lead11),
        datetime(2026, 10, 22, 11, 10, tzinfo=ICT), ["tin-tuc-su-kien"], "quantri",
        updated=datetime(2026, 10, 22, 11, 10, tzinfo=ICT), unicode_slug=True))

    # 12 (unicode slug) ---------------------------------------------------------------------
    cap12 = "Màn đồng diễn thể dục của học sinh Trường THCS Thị trấn tại Lễ khai mạc"
    posts.append(Post(
        S(12, "Khai mạc Hội khỏe Phù Đổng huyện Yên Lập lần thứ XII năm 2026", "tin-tuc-su-kien",
          "2026-10-15T07:45:00+07:00", [
              P("Tối 14/10/2026, tại Sân vận động trung tâm huyện, Ban Tổ chức Hội khỏe Phù Đổng huyện Yên "
                "Lập lần thứ XII long trọng tổ chức Lễ khai mạc.", "sup:XII"),
              Img(f"{UP}/tin-tuc/hkpd_2026_khai_mac.jpg", cap12, cap12, "tbl"),
              P("Hội khỏe năm nay có hơn 1.200 vận động viên là học sinh của 45 trường tiểu học, THCS tranh "
                "tài ở 9 môn: điền kinh, bơi, bóng đá, cầu lông, bóng bàn, cờ vua, đá cầu, kéo co và đẩy gậy."),
              P("Các môn thi đấu diễn ra từ ngày 15 đến 20/10/2026. Kết quả Hội khỏe là cơ sở để lựa chọn vận "
                "động viên tham dự Hội khỏe Phù Đổng tỉnh Phú Thọ năm 2027."),
              P("Chú thích:", "i"),
              P("(1) Hội khỏe Phù Đổng huyện được tổ chức 4 năm một lần; lần thứ XI tổ chức năm 2022.", "note"),
              right("<strong>Nguyễn Thanh Bình</strong>"),
          ], authors=["Nguyễn Thanh Bình"]),
        datetime(2026, 10, 15, 7, 45, tzinfo=ICT), ["tin-tuc-su-kien"], "quantri",
        updated=datetime(2026, 10, 15, 9, 20, tzinfo=ICT), unicode_slug=True))

    # 13 (unicode slug, 06:30 local = previous day in UTC) -----------------------------------
    cap13 = "Đại diện Công đoàn ngành và Hội Khuyến học huyện trao học bổng cho các em học sinh"
    posts.append(Post(
        S(13, "Trao 200 suất học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn",
          "cong-doan-doan-the", "2026-10-05T06:30:00+07:00", [
              Img(f"{UP}/blog/.thumbnails/hoc_bong_tiep_buoc.jpg/hoc_bong_tiep_buoc-600x0.jpg", None, None,
                  "featured"),
              P("Sáng 04/10/2026, Công đoàn ngành Giáo dục phối hợp với Hội Khuyến học huyện Yên Lập tổ chức "
                "trao 200 suất học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn vươn lên "
                "trong học tập."),
              P("Tổng giá trị các suất học bổng là 160 triệu đồng, trong đó:", "br"),
              P("- 120 suất dành cho học sinh tiểu học, mỗi suất 700.000 đồng;", "br"),
              P("- 80 suất dành cho học sinh THCS, mỗi suất 950.000 đồng.", "br"),
              P("Nguồn kinh phí do cán bộ, giáo viên, nhân viên toàn ngành đóng góp từ phong trào “Tết vì "
                "người nghèo” và sự ủng hộ của các doanh nghiệp, nhà hảo tâm trên địa bàn."),
              Img(f"{UP}/cong-doan/trao_hoc_bong_2026.jpg", cap13, cap13, "em"),
              right("<strong>Tin: Bùi Thị Yến</strong>"),
          ], authors=["Bùi Thị Yến"]),
        datetime(2026, 10, 5, 6, 30, tzinfo=ICT), ["cong-doan-doan-the"], "quantri",
        updated=datetime(2026, 10, 5, 6, 30, tzinfo=ICT), featured="uploads/blog/hoc_bong_tiep_buoc.jpg",
        unicode_slug=True))
    return posts


POSTS = _posts()
BY_ID = {p.story.id: p for p in POSTS}
#: #10's publish date was moved from 28/10 to 30/10 after #7 linked it
OLD_URL_10 = enc(f"/blog/2026/10/28/{BY_ID[10].slug}/")
ORDERED = sorted(POSTS, key=lambda p: p.when, reverse=True)
BY_SLUG = {p.slug: p for p in POSTS}
TAGS = {slugify_unicode(t): t for p in POSTS for t in p.tags}
ACCOUNTS = ("quantri", "pgd_yenlap")


# --- Django-ish formatting ----------------------------------------------------------------------

def vi_datetime(dt: datetime) -> str:
    """Django's vi DATETIME_FORMAT: r"H:i \\N\\gà\\y d \\t\\há\\n\\g n \\nă\\m Y"."""
    return f"{dt:%H:%M} Ngày {dt:%d} tháng {dt.month} năm {dt.year}"


def vi_short(dt: datetime) -> str:
    """SHORT_DATETIME_FORMAT "H:i d-m-Y"."""
    return f"{dt:%H:%M %d-%m-%Y}"


def timesince(dt: datetime, now: datetime = NOW) -> str:
    """django.utils.timesince with the vi catalogue: two adjacent units at most."""
    chunks = ((365 * 86400, "năm"), (30 * 86400, "tháng"), (7 * 86400, "tuần"), (86400, "ngày"),
              (3600, "giờ"), (60, "phút"))
    since = int((now - dt).total_seconds())
    if since <= 0:
        return "0 phút"
    i = next(k for k, (seconds, _name) in enumerate(chunks) if since // seconds or k == len(chunks) - 1)
    seconds, name = chunks[i]
    count = since // seconds
    result = f"{count} {name}"
    if i + 1 < len(chunks):
        seconds2, name2 = chunks[i + 1]
        count2 = (since - seconds * count) // seconds2
        if count2:
            result += f", {count2} {name2}"
    return result


def strip_tags(markup: str) -> str:
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


# --- the rich text ------------------------------------------------------------------------------

_WORD_LI = (
    '<p class="MsoListParagraphCxSp{pos}" style="margin-left:.5in;text-align:justify;text-indent:-.25in;'
    'mso-list:l{lst} level1 lfo{lfo}"><!--[if !supportLists]--><span style="font-size:14.0pt;line-height:115%;'
    'font-family:&quot;Times New Roman&quot;,serif;mso-fareast-font-family:&quot;Times New Roman&quot;">'
    '<span style="mso-list:Ignore">{marker}<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;'
    "&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]--><span style=\"font-size:14.0pt;line-height:115%;"
    'font-family:&quot;Times New Roman&quot;,serif">{text}<o:p></o:p></span></p>'
)
_WORD_P = (
    '<p class="MsoNormal" style="text-align:justify;text-indent:.5in;line-height:115%"><span '
    'style="font-size:14.0pt;line-height:115%;font-family:&quot;Times New Roman&quot;,serif">{text}'
    "<o:p></o:p></span></p>"
)


def _ptext(p: P) -> str:
    styles = p.style.split()
    body = text(p.text, nfd="nfd" in styles)
    if "fnb" in styles:
        body = re.sub(
            r"\[(\d)\]",
            lambda m: (f'<a style="mso-footnote-id:ftn{m.group(1)}" href="#_ftn{m.group(1)}" '
                       f'name="_ftnref{m.group(1)}" title=""><span class="MsoFootnoteReference">'
                       f'<span style="font-size:12.0pt">[{m.group(1)}]</span></span></a>'),
            body,
        )
    for st in styles:
        if st.startswith("sup:"):
            anchor = st[4:]
            body = body.replace(
                anchor, anchor + '<sup><a href="#ghichu1" id="ref1">1</a></sup>', 1
            )
    return body


def _fix_sup_style(story_blocks: list) -> list:
    """P styles cannot hold spaces: "sup:XII" is written with its anchor in place."""
    return story_blocks


def _img(img: Img, n: int) -> str:
    src = esc(img.src)
    tag = f'<img src="{src}" alt="" width="640" height="427" />'
    if img.style == "em":
        return (f'<p style="text-align: center;">{tag}</p>\n'
                f'<p style="text-align: center;"><em>{esc(img.printed or "")}</em></p>')
    if img.style == "credit":
        return (f'<p style="text-align: center;">{tag}<br /><span style="font-size: 10pt;">'
                f"<em>{esc(img.printed or '')}</em></span></p>")
    if img.style == "tbl":
        return ('<table class="image" style="margin-left: auto; margin-right: auto; width: 640px;" border="0" '
                'cellspacing="0" cellpadding="3"><tbody>\n'
                f'<tr><td style="text-align: center;">{tag}</td></tr>\n'
                f'<tr><td style="text-align: center;"><span style="font-size: 10pt; color: #333399;">'
                f"{esc(img.printed or '')}</span></td></tr>\n</tbody></table>")
    return f'<p style="text-align: center;">{tag}</p>'


def content_html(post: Post) -> str:
    """The TinyMCE rich text of a post (the featured image is not part of it)."""
    out: list[str] = []
    blocks = post.story.blocks
    i = 0
    word = any(isinstance(b, P) and b.style.startswith("mso") for b in blocks)
    n_img = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html.replace("{old10}", OLD_URL_10).replace(
                "{raw13}", esc(f"/blog/{BY_ID[13].slug}/")))
        elif isinstance(b, Img):
            if b.style != "featured":
                n_img += 1
                out.append(_img(b, n_img))
        else:
            st = b.style
            if st in ("li", "ol"):
                tag = "ul" if st == "li" else "ol"
                items = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == st:
                    items.append(f'<li style="text-align: justify;">{_ptext(blocks[i])}</li>')
                    i += 1
                out.append(f"<{tag}>\n" + "\n".join(items) + f"\n</{tag}>")
                continue
            if st == "row":
                rows = []
                first = True
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                    cells = blocks[i].text.split(" | ")
                    if word:
                        tds = "".join(
                            f'<td width="{200 if k else 130}" valign="top" style="border:solid windowtext 1.0pt;'
                            'padding:0in 5.4pt 0in 5.4pt"><p class="MsoNormal" style="text-align:center">'
                            f'{"<b>" if first else ""}<span style="font-size:13.0pt">{text(c)}</span>'
                            f'{"</b>" if first else ""}<o:p></o:p></p></td>'
                            for k, c in enumerate(cells))
                        rows.append(f'<tr style="mso-yfti-irow:{len(rows)}">{tds}</tr>')
                    else:
                        cell = "td"
                        tds = "".join(
                            f'<{cell} style="text-align: center;">{"<strong>" if first else ""}{text(c)}'
                            f'{"</strong>" if first else ""}</{cell}>' for c in cells)
                        rows.append(f"<tr>{tds}</tr>")
                    first = False
                    i += 1
                if word:
                    out.append('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
                               'style="border-collapse:collapse;border:none;mso-yfti-tbllook:1184">'
                               "<tbody>" + "\n".join(rows) + "</tbody></table>")
                else:
                    out.append('<table style="width: 100%; border-collapse: collapse;" border="1" '
                               'cellpadding="4"><tbody>\n' + "\n".join(rows) + "\n</tbody></table>")
                continue
            if st == "br":
                lines = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                    lines.append(_ptext(blocks[i]))
                    i += 1
                out.append('<p style="text-align: justify;">' + "<br />\n".join(lines) + "</p>")
                continue
            if st.startswith("mso-li:"):
                lst = 0 if st.endswith("-") else 1
                same = [j for j in range(len(blocks)) if isinstance(blocks[j], P)
                        and blocks[j].style.startswith("mso-li:") and (blocks[j].style.endswith("-")) == (lst == 0)]
                pos = "First" if i == same[0] else ("Last" if i == same[-1] else "Middle")
                out.append(_WORD_LI.format(pos=pos, lst=lst, lfo=lst + 1, marker=esc(st[7:]), text=text(b.text)))
            elif st == "mso":
                out.append(_WORD_P.format(text=text(b.text)))
            elif st == "mso-b":
                out.append(_WORD_P.format(text=f"<b>{text(b.text)}</b>").replace("text-indent:.5in;", ""))
            elif st == "lead" or st == "b":
                out.append(f'<p style="text-align: justify;"><strong>{text(b.text)}</strong></p>')
            elif st == "i":
                out.append(f'<p style="text-align: justify;"><em><span style="font-size: 10pt;">{text(b.text)}'
                           "</span></em></p>")
            elif st == "note":
                out.append(f'<p id="ghichu1" style="text-align: justify;"><span style="font-size: 10pt;">'
                           f'<a href="#ref1">(1)</a>{text(b.text)[3:]}</span></p>')
            elif st == "quote":
                out.append(f'<blockquote>\n<p style="text-align: justify;"><em>{text(b.text)}</em></p>\n'
                           "</blockquote>")
            elif st == "ftn":
                num = b.text[1]
                if num == "1":
                    out.append('<div style="mso-element:footnote-list"><!--[if !supportFootnotes]--><br '
                               'clear="all" /><hr align="left" size="1" width="33%" /><!--[endif]-->')
                out.append(f'<div id="ftn{num}" style="mso-element:footnote"><p class="MsoFootnoteText">'
                           f'<a style="mso-footnote-id:ftn{num}" href="#_ftnref{num}" name="_ftn{num}" '
                           f'title=""><span class="MsoFootnoteReference">[{num}]</span></a>'
                           f"{text(b.text)[3:]}</p></div>")
                if not (i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "ftn"):
                    out.append("</div>")
            else:
                out.append(f'<p style="text-align: justify;">{_ptext(b)}</p>')
        i += 1
    return "\n".join(out)


def description_html(post: Post) -> str:
    """Mezzanine's description_from_content: the rich text up to its first </p>."""
    content = content_html(post)
    pos = content.lower().find("</p>")
    return content[: pos + 4] if pos > -1 else content


def featured_img(post: Post) -> Img | None:
    return next((b for b in post.story.blocks if isinstance(b, Img) and b.style == "featured"), None)


# --- chrome -------------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu/", [("Giới thiệu chung", "/gioi-thieu/"),
                                    ("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc/")]),
    ("Tin tức", "/blog/", [("Tin tức - Sự kiện", "/blog/category/tin-tuc-su-kien/"),
                           ("Công đoàn - Đoàn thể", "/blog/category/cong-doan-doan-the/")]),
    ("Chuyên môn", "/blog/category/chuyen-mon/", []),
    ("Thông báo", "/blog/category/thong-bao/", []),
    ("Văn bản", "/van-ban/", [("Văn bản chỉ đạo, điều hành", "/van-ban/"),
                              ("Lịch công tác tuần", "/van-ban/lich-cong-tac-tuan/"),
                              ("Hệ thống QLVB điều hành", "http://qlvb.phutho.gov.vn/")]),
    ("Thư viện ảnh", "/thu-vien-anh/", []),
    ("Liên hệ", "/lien-he/", []),
]


def _menu(active: str) -> str:
    items = []
    for label, href, children in MENU:
        slug = href.strip("/").replace("/", "-") or "home"
        cls = ' class="active"' if href == active else ""
        if children:
            sub = "".join(f'<li id="dropdown-menu-{c_href.strip("/").replace("/", "-")[:20]}"><a href="{c_href}">'
                          f"{esc(c_label)}</a></li>" for c_label, c_href in children)
            items.append(
                f'<li class="dropdown{" active" if href == active else ""}" id="dropdown-menu-{slug}">'
                f'<a href="{href}" class="dropdown-toggle disabled" data-toggle="dropdown">{esc(label)} '
                f'<b class="caret"></b></a><ul class="dropdown-menu">{sub}</ul></li>')
        else:
            items.append(f'<li{cls} id="dropdown-menu-{slug}"><a href="{href}">{esc(label)}</a></li>')
    return "\n".join(items)


def _sidebar() -> str:
    notices = [p for p in ORDERED if "thong-bao" in p.cats][:3]
    most_read = [BY_ID[i] for i in (6, 8, 10, 3, 2)]
    notice_li = "".join(
        f'<li><img src="/static/img/icon_new.gif" alt="" /> <a href="{p.url}">{esc(p.title)}</a></li>'
        for p in notices)
    read_li = "".join(
        f'<li><a href="{p.url}" title="{esc(p.title)}">{esc(p.title)}</a> '
        f'<span class="luot-xem">({p.story.views()})</span></li>' for p in most_read)
    return f"""
<div class="col-md-3 right" id="cot-phai">
  <div class="pl-box" id="pl-12"><div class="pl-tieude"><span>THÔNG BÁO MỚI</span></div>
    <div class="pl-nd"><ul class="ds-tb">{notice_li}</ul></div></div>
  <div class="pl-box" id="pl-15"><div class="pl-tieude"><span>TIN ĐỌC NHIỀU</span></div>
    <div class="pl-nd"><ol class="ds-docnhieu">{read_li}</ol></div></div>
  <div class="pl-box" id="pl-18"><div class="pl-tieude"><span>BÌNH CHỌN</span></div>
    <div class="pl-nd"><form method="post" action="/binh-chon/" id="frm-binhchon">
      <input type="hidden" name="csrfmiddlewaretoken" value="{opaque("csrf-poll", 24)[:64]}">
      <p><strong>Bạn quan tâm nhất nội dung nào trên Trang thông tin?</strong></p>
      <label><input type="radio" name="lua_chon" value="1"> Tin tức - Sự kiện</label><br>
      <label><input type="radio" name="lua_chon" value="2"> Văn bản chỉ đạo</label><br>
      <label><input type="radio" name="lua_chon" value="3"> Lịch công tác</label><br>
      <label><input type="radio" name="lua_chon" value="4"> Thư viện ảnh</label><br>
      <input type="submit" class="btn btn-xs btn-primary" value="Bình chọn">
      <input type="button" class="btn btn-xs btn-default" value="Xem kết quả" onclick="xemKQ(3)">
    </form></div></div>
  <div class="pl-box" id="pl-21"><div class="pl-tieude"><span>LIÊN KẾT WEBSITE</span></div>
    <div class="pl-nd">
      <a href="https://moet.gov.vn" target="_blank"><img src="/static/img/lk_bo_gddt.png" alt="Bộ GD&amp;ĐT"
        width="230" /></a>
      <a href="https://phutho.edu.vn" target="_blank"><img src="/static/img/lk_sgd_phutho.png"
        alt="Sở GD&amp;ĐT Phú Thọ" width="230" /></a>
      <select class="form-control" onchange="if(this.value)window.open(this.value)">
        <option value="">-- Liên kết khác --</option>
        <option value="https://yenlap.phutho.gov.vn">Cổng TTĐT huyện Yên Lập</option>
        <option value="https://baophutho.vn">Báo Phú Thọ</option>
        <option value="https://truong.vnedu.vn">Sổ liên lạc điện tử vnEdu</option>
      </select></div></div>
  <div class="pl-box" id="pl-24"><div class="pl-tieude"><span>THỐNG KÊ TRUY CẬP</span></div>
    <div class="pl-nd"><table class="tk-truycap">
      <tr><td><img src="/static/img/tk_online.png" alt=""> Đang online:</td><td>17</td></tr>
      <tr><td><img src="/static/img/tk_homnay.png" alt=""> Hôm nay:</td><td>402</td></tr>
      <tr><td><img src="/static/img/tk_tuan.png" alt=""> Tuần này:</td><td>2.981</td></tr>
      <tr><td><img src="/static/img/tk_tong.png" alt=""> Tổng truy cập:</td><td>1.385.260</td></tr>
    </table></div></div>
</div>"""


def page(request: Request, *, title: str, main: str, crumbs: list[tuple[str, str | None]], active: str = "",
         description: str = "", keywords: str = "", status: int = 200) -> Response:
    crumb_html = "".join(
        f'<li><a href="{href}">{esc(label)}</a></li>' if href else f'<li class="active">{esc(label)}</li>'
        for label, href in [("Trang chủ", "/"), *crumbs])
    marquee = (f'<a href="{BY_ID[2].plain_url}">Thông báo tổ chức Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện '
               f'năm học 2026-2027</a> &nbsp;&nbsp;<img src="/static/img/new.gif" alt=""> &nbsp;&nbsp; '
               f'<a href="/van-ban/lich-cong-tac-tuan/">Lịch công tác tuần 49/2026</a>')
    doc = f"""<!doctype html>
<html lang="vi">
<head>
<meta http-equiv="Content-type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width">
<meta name="keywords" content="{esc(keywords or "phòng giáo dục, yên lập, phú thọ")}">
<meta name="description" content="{esc(description or "Trang thông tin điện tử Phòng Giáo dục và Đào tạo huyện Yên Lập")}">
<title>{esc(title)} | {esc(SITE_TITLE)}</title>
<link rel="shortcut icon" href="/static/img/favicon.ico">
<link rel="alternate" type="application/rss+xml" title="RSS" href="/blog/feeds/rss/">
<link rel="stylesheet" href="/static/css/bootstrap.css">
<link rel="stylesheet" href="/static/css/mezzanine.css">
<link rel="stylesheet" href="/static/css/bootstrap-theme.css">
<link rel="stylesheet" href="/static/css/pgd_yenlap.css?v=2.3.1">
<script src="/static/mezzanine/js/jquery-1.8.3.min.js"></script>
<script src="/static/js/bootstrap.js"></script>
<script src="/static/js/bootstrap-extras.js"></script>
<!--[if lt IE 9]><script src="/static/js/html5shiv.js"></script><![endif]-->
</head>
<body id="body">
<div id="thanh-tren"><div class="container">
  <span class="ngay-ht"><span class="glyphicon glyphicon-calendar"></span> {HEADER_TODAY}</span>
  <marquee class="chay-chu" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{marquee}</marquee>
  <span class="pull-right"><a href="/admin/">Đăng nhập</a></span>
</div></div>
<div id="banner"><div class="container"><a href="/"><img src="/static/img/banner_pgd_yenlap.jpg"
  alt="PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN YÊN LẬP" class="img-responsive"></a></div></div>
<div class="navbar navbar-default navbar-static-top" role="navigation">
<div class="container">
<div class="navbar-header">
  <button type="button" class="navbar-toggle" data-toggle="collapse" data-target=".navbar-collapse">
  <span class="sr-only">Menu</span><span class="icon-bar"></span><span class="icon-bar"></span></button>
  <a class="navbar-brand visible-xs" href="/">PGD&amp;ĐT Yên Lập</a>
</div>
<div class="navbar-collapse collapse">
<form action="/search/" class="navbar-form navbar-right" role="search">
  <div class="form-group"><input class="form-control" placeholder="Tìm kiếm..." type="text" name="q" value=""></div>
  <div class="form-group"><select class="form-control" name="type">
    <option value="">Tất cả</option><option value="blog.BlogPost">Bài viết</option>
    <option value="pages.Page">Trang</option></select></div>
  <input type="submit" class="btn btn-default" value="Tìm">
</form>
<ul class="nav navbar-nav">
{_menu(active)}
</ul>
</div></div></div>
<div class="container">
<ul class="breadcrumb">{crumb_html}</ul>
</div>
<div class="container"><div class="row">
<div class="col-md-9 middle" id="cot-giua">
{main}
</div>
{_sidebar()}
</div></div>
<footer><div class="container" id="chan-trang">
<div class="row"><div class="col-md-8">
<p><strong>TRANG THÔNG TIN ĐIỆN TỬ PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN YÊN LẬP</strong></p>
<p>Địa chỉ: Khu 4, thị trấn Yên Lập, huyện Yên Lập, tỉnh Phú Thọ<br>
Điện thoại: 0210.3870.256 - Email: <a href="mailto:pgdyenlap@phutho.edu.vn">pgdyenlap@phutho.edu.vn</a><br>
Chịu trách nhiệm nội dung: Bà Đinh Thị Minh Nguyệt - Trưởng phòng</p>
</div><div class="col-md-4 text-right">
<p>&copy; 2017 - 2026 Phòng GD&amp;ĐT Yên Lập.<br>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="small">Powered by <a href="http://mezzanine.jupo.org">Mezzanine</a> and
<a href="https://www.djangoproject.com">Django</a> &middot; Thiết kế: Công ty TNHH Giải pháp số Đất Tổ</p>
</div></div>
</div></footer>
<script src="/static/js/pgd_yenlap.js"></script>
</body>
</html>"""
    return html(doc, status=status)


# --- templates ----------------------------------------------------------------------------------

def _post_meta(post: Post, with_cats: bool = True) -> str:
    cats = ", ".join(f'<a href="/blog/category/{c}/">{esc(CATEGORIES[c])}</a>' for c in post.cats)
    return (f'<h6 class="post-meta">Đăng bởi: <a href="/blog/author/{post.account}/">{post.account}</a>'
            f'{" trong " + cats if with_cats else ""} {timesince(post.when)} trước</h6>')


def _comment_count(post: Post) -> str:
    return f"{len(post.comments)} bình luận"


def _preview(post: Post) -> str:
    thumb = ""
    if post.featured:
        name = post.featured.rsplit("/", 1)[1]
        stem = name.rsplit(".", 1)[0]
        thumb = (f'<a href="{post.url}"><img class="img-thumbnail pull-left" '
                 f'src="/static/media/uploads/blog/.thumbnails/{name}/{stem}-90x90.jpg"></a>')
    return f"""<div class="post-preview">
<h2><a href="{post.url}">{esc(post.title)}</a></h2>
{_post_meta(post)}
{thumb}
{description_html(post)}
<p class="blog-list-detail">
<a href="{post.url}">Xem tiếp</a> /
<a href="{post.url}#comments">{_comment_count(post)}</a>
</p>
</div>"""


def _pagination(number: int, pages: int, extra: str = "") -> str:
    if pages <= 1:
        return ""
    prev_href = f"?page={number - 1}{extra}" if number > 1 else "#"
    next_href = f"?page={number + 1}{extra}" if number < pages else "#"
    items = [f'<li class="{"" if number > 1 else "disabled"}"><a href="{prev_href}">&larr;</a></li>']
    for n in range(1, pages + 1):
        active = ' class="active"' if n == number else ""
        items.append(f'<li{active}><a href="?page={n}{extra}">{n}</a></li>')
    items.append(f'<li class="{"" if number < pages else "disabled"}"><a href="{next_href}">&rarr;</a></li>')
    return '<ul class="pagination">\n' + "\n".join(items) + "\n</ul>"


def _paginate(items: list, request: Request) -> tuple[list, int, int]:
    pages = max(1, -(-len(items) // PER_PAGE))
    try:
        number = int(request.params.get("page", "1"))
    except ValueError:
        number = 1
    if number < 1 or number > pages:
        number = pages  # Mezzanine's paginate(): an EmptyPage gives the last page
    return items[(number - 1) * PER_PAGE: number * PER_PAGE], number, pages


def blog_list(request: Request, *, category: str | None = None, tag: str | None = None,
              author: str | None = None) -> Response:
    posts = ORDERED
    crumbs: list[tuple[str, str | None]] = [("Tin tức", "/blog/")]
    info = ""
    if category:
        posts = [p for p in posts if category in p.cats]
        crumbs.append((f"Chuyên mục: {CATEGORIES[category]}", None))
        info = f"<p>Xem các bài viết trong chuyên mục <strong>{esc(CATEGORIES[category])}</strong></p>"
    elif tag:
        posts = [p for p in posts if tag in p.tags]
        crumbs.append((f"Từ khóa: {tag}", None))
        info = f"<p>Xem các bài viết có từ khóa <strong>{esc(tag)}</strong></p>"
    elif author:
        posts = [p for p in posts if p.account == author]
        crumbs.append((f"Tác giả: {author}", None))
        info = f"<p>Xem các bài viết của <strong>{esc(author)}</strong></p>"
    else:
        crumbs = [("Tin tức", None)]
    shown, number, pages = _paginate(posts, request)
    main = (f'<h1 class="tieude-trang">Tin tức</h1>\n{info}\n'
            + "\n".join(_preview(p) for p in shown) + "\n" + _pagination(number, pages))
    active = f"/blog/category/{category}/" if category else "/blog/"
    return page(request, title="Tin tức", main=main, crumbs=crumbs, active=active)


def _tools(post: Post, request: Request) -> str:
    absolute = base_url(request) + post.url
    return f"""<div class="cong-cu-bv">
<a href="javascript:window.print()" class="btn btn-sm btn-default"><span class="glyphicon glyphicon-print"></span> In bài</a>
<a href="mailto:?subject={quote(post.title)}&amp;body={quote(absolute)}" class="btn btn-sm btn-default">Gửi email</a>
<a class="btn btn-sm share-twitter" target="_blank" href="https://twitter.com/intent/tweet?url={quote(absolute, safe="")}&amp;text={quote(post.title, safe="")}">Chia sẻ lên Twitter</a>
<a class="btn btn-sm share-facebook" target="_blank" href="https://www.facebook.com/sharer/sharer.php?u={quote(absolute, safe="")}">Chia sẻ lên Facebook</a>
</div>"""


def _rating(post: Post) -> str:
    votes = 3 + post.story.id % 7
    return f"""<div class="panel panel-default rating"><div class="panel-body">
<form class="rating-form form-inline" method="post" action="/rating/">
<input type="hidden" name="csrfmiddlewaretoken" value="{opaque(f"csrf-rate-{post.story.id}", 48)[:64]}">
<input type="hidden" name="content_type" value="blog.blogpost"><input type="hidden" name="object_pk" value="{post.story.id + 118}">
<ul class="list-inline">
<li><label><input type="radio" name="value" value="1"> 1</label></li>
<li><label><input type="radio" name="value" value="2"> 2</label></li>
<li><label><input type="radio" name="value" value="3"> 3</label></li>
<li><label><input type="radio" name="value" value="4"> 4</label></li>
<li><label><input type="radio" name="value" value="5"> 5</label></li>
</ul>
<input type="submit" class="btn btn-default btn-sm" value="Đánh giá">
<span class="rating-average">Đánh giá trung bình: 4.{post.story.id % 10} / {votes} lượt</span>
</form></div></div>"""


def _comments(post: Post) -> str:
    def one(c: tuple[int, int | None, str, datetime, str], children: str) -> str:
        cid, _parent, name, when, body = c
        avatar = opaque(f"gravatar-{name}", 16).lower()[:32].replace("/", "a").replace("+", "b")
        return f"""<div id="comment-{cid}" class="media">
<div class="pull-left"><img class="media-object" alt="{esc(name)}" src="//www.gravatar.com/avatar/{avatar}?s=46&amp;d=identicon"></div>
<div class="media-body">
<h5 class="media-heading">{esc(name)} <span class="timespan">{timesince(when)} trước</span></h5>
<p>{esc(body)}</p>
<a href="#reply-{cid}" class="reply">Trả lời</a>
<form class="comment-reply-form" method="post" id="reply-{cid}" action="/comment/#reply-{cid}" style="display:none">
<input type="hidden" name="replied_to" value="{cid}"><textarea name="comment"></textarea>
<input class="btn btn-primary btn-sm" type="submit" value="Gửi trả lời"></form>
{children}
</div></div>"""

    roots = [c for c in post.comments if c[1] is None]
    parts = []
    for r in roots:
        kids = "".join(one(k, "") for k in post.comments if k[1] == r[0])
        parts.append(one(r, kids))
    return f"""<div id="comments">
<h3>Bình luận</h3>
<div class="comments">{"".join(parts) or "<p>Chưa có bình luận nào.</p>"}</div>
<h3>Gửi bình luận</h3>
<form method="post" id="comment" action="/comment/#comment">
<input type="hidden" name="csrfmiddlewaretoken" value="{opaque(f"csrf-cm-{post.story.id}", 48)[:64]}">
<input type="hidden" name="content_type" value="blog.blogpost"><input type="hidden" name="object_pk" value="{post.story.id + 118}">
<input type="hidden" name="timestamp" value="1796437200"><input type="hidden" name="security_hash" value="{opaque(f"sh-{post.story.id}", 20)[:40]}">
<div class="form-group"><label for="id_name">Họ tên</label><input type="text" name="name" id="id_name" class="form-control" maxlength="50"></div>
<div class="form-group"><label for="id_email">Email</label><input type="email" name="email" id="id_email" class="form-control"><span class="help-block">Email sẽ không được hiển thị.</span></div>
<div class="form-group"><label for="id_url">Website</label><input type="url" name="url" id="id_url" class="form-control"></div>
<div class="form-group"><label for="id_comment">Nội dung</label><textarea name="comment" id="id_comment" rows="5" class="form-control"></textarea></div>
<p style="display:none"><input type="text" name="honeypot"></p>
<input class="btn btn-primary" type="submit" value="Gửi bình luận">
</form></div>"""


def blog_detail(request: Request, post: Post) -> Response:
    feat = ""
    fimg = featured_img(post)
    if fimg:
        feat = f'<p><img class="img-responsive" src="{fimg.src}"></p>'
    tags = ""
    if post.tags:
        links = ", ".join(f'<li><a href="{enc("/blog/tag/" + slugify_unicode(t) + "/")}">{esc(t)}</a></li>'
                          for t in post.tags)
        tags = f'<ul class="list-inline tags"><li>Từ khóa:</li>{links}</ul>'
    related = ""
    if post.related:
        lis = "".join(f'<li><a href="{BY_ID[r].url}">{esc(BY_ID[r].title)}</a></li>' for r in post.related)
        related = f'<div id="related-posts"><h3>Tin liên quan</h3><ul class="list-unstyled">{lis}</ul></div>'
    same = [p for p in ORDERED if post.cats[0] in p.cats and p is not post][:4]
    other = "".join(f'<li><a href="{p.url}">{esc(p.title)}</a> <span class="ngay-tk">({p.when:%d/%m/%Y})</span></li>'
                    for p in same)
    main = f"""<div class="khung-bv" id="bv-{post.story.id + 118}">
<h1 class="tieude-bv">{esc(post.title)}</h1>
<div class="tg-bv"><span class="glyphicon glyphicon-time"></span> {vi_datetime(post.when)} &nbsp;|&nbsp;
<span class="glyphicon glyphicon-eye-open"></span> Lượt xem: {post.story.views()}</div>
{_post_meta(post)}
<p>(<a href="#comments">{_comment_count(post)}</a>)</p>
{feat}
<div class="nd-bv">
{content_html(post)}
</div>
{tags}
{_tools(post, request)}
{_rating(post)}
<p class="cap-nhat text-right"><em>Cập nhật lần cuối: {vi_short(post.updated or post.when)}</em></p>
{related}
<div class="tin-khac"><h3 class="tieude-tk">Các tin khác</h3><ul>{other}</ul></div>
{_comments(post)}
</div>"""
    kw = ", ".join(post.tags) if post.tags else ""
    return page(request, title=post.title, main=main, crumbs=[("Tin tức", "/blog/"), (post.title, None)],
                active="/blog/", description=strip_tags(description_html(post)), keywords=kw)


def home(request: Request) -> Response:
    latest = ORDERED[:5]
    top = latest[0]
    rest = "".join(
        f'<li><a href="{p.url}">{esc(p.title)}</a> <span class="tg-nho">{timesince(p.when)} trước</span></li>'
        for p in latest[1:])

    def box(cat: str, n: int) -> str:
        chosen = [p for p in ORDERED if cat in p.cats][:n]
        lis = "".join(f'<li><a href="{p.url}">{esc(p.title)}</a></li>' for p in chosen)
        return (f'<div class="khoi-cm col-md-6"><h3 class="tieude-cm"><a href="/blog/category/{cat}/">'
                f"{esc(CATEGORIES[cat])}</a></h3><ul>{lis}</ul>"
                f'<a class="xem-tat-ca" href="/blog/category/{cat}/">Xem tất cả &raquo;</a></div>')

    main = f"""<div class="khoi-tinmoi">
<h2 class="tieude-khoi">TIN MỚI NHẤT</h2>
<div class="tin-noibat"><a href="{top.url}"><img src="/static/media/uploads/tin-tuc/gvdg_th_2026_01.jpg"
  class="img-responsive" alt=""></a>
<h3><a href="{top.url}">{esc(top.title)}</a></h3>
<p>{strip_tags(description_html(top))[:220]}...</p></div>
<ul class="ds-tinmoi">{rest}</ul>
</div>
<div class="row">
{box("thong-bao", 3)}
{box("chuyen-mon", 4)}
</div>
<div class="khoi-video"><h3 class="tieude-cm">VIDEO</h3>
<iframe width="100%" height="260" src="https://www.youtube.com/embed/Xq3kFZ5t0sY" frameborder="0" allowfullscreen></iframe>
</div>"""
    return page(request, title="Trang chủ", main=main, crumbs=[], active="/")


# --- rich-text pages ----------------------------------------------------------------------------

def _richtext_page(request: Request, title: str, content: str, crumbs: list, active: str) -> Response:
    main = f'<h1 class="tieude-trang">{esc(title)}</h1>\n<div class="nd-trang">\n{content}\n</div>'
    return page(request, title=title, main=main, crumbs=crumbs, active=active)


GIOI_THIEU = """<p style="text-align: justify;">Phòng Giáo dục và Đào tạo huyện Yên Lập là cơ quan chuyên môn
thuộc Ủy ban nhân dân huyện, có chức năng tham mưu, giúp UBND huyện thực hiện chức năng quản lý nhà nước
về giáo dục và đào tạo trên địa bàn huyện.</p>
<p style="text-align: justify;">Năm học 2026-2027, toàn huyện có 68 trường học trực thuộc gồm 24 trường mầm
non, 20 trường tiểu học, 3 trường TH&amp;THCS, 21 trường THCS với trên 22.000 học sinh và 1.650 cán bộ,
giáo viên, nhân viên.</p>
<p style="text-align: center;"><img src="/static/media/uploads/trang/tru_so_pgd_yenlap.jpg" alt="Trụ sở Phòng GD&amp;ĐT" width="640" /></p>
<p style="text-align: center;"><em>Trụ sở Phòng GD&amp;ĐT huyện Yên Lập</em></p>
<p><strong>Chức năng, nhiệm vụ</strong></p>
<ul><li>Trình UBND huyện ban hành các văn bản về lĩnh vực giáo dục và đào tạo;</li>
<li>Tổ chức thực hiện các văn bản quy phạm pháp luật, quy hoạch, kế hoạch phát triển giáo dục;</li>
<li>Hướng dẫn, kiểm tra các cơ sở giáo dục mầm non, tiểu học, THCS trên địa bàn.</li></ul>"""

CO_CAU = """<table class="table table-bordered" style="width: 100%;"><tbody>
<tr><td><strong>STT</strong></td><td><strong>Họ và tên</strong></td><td><strong>Chức vụ</strong></td><td><strong>Điện thoại</strong></td></tr>
<tr><td>1</td><td>Đinh Thị Minh Nguyệt</td><td>Trưởng phòng</td><td>0912.345.618</td></tr>
<tr><td>2</td><td>Trần Văn Hùng</td><td>Phó Trưởng phòng</td><td>0983.216.447</td></tr>
<tr><td>3</td><td>Hà Thị Thu Hiền</td><td>Phó Trưởng phòng</td><td>0915.662.830</td></tr>
<tr><td>4</td><td>Phạm Quang Huy</td><td>Chuyên viên phụ trách THCS</td><td>0973.118.205</td></tr>
<tr><td>5</td><td>Nguyễn Thị Bích Ngọc</td><td>Chuyên viên phụ trách Tiểu học</td><td>0966.540.771</td></tr>
<tr><td>6</td><td>Lê Thị Hoa</td><td>Chuyên viên phụ trách Mầm non</td><td>0948.209.316</td></tr>
</tbody></table>"""

VAN_BAN = f"""<p>Các văn bản chỉ đạo, điều hành của Phòng GD&amp;ĐT (bản đầy đủ trên
<a href="http://qlvb.phutho.gov.vn/" target="_blank">Hệ thống quản lý văn bản và điều hành</a>).</p>
<table class="table table-striped" style="width: 100%;" border="1"><tbody>
<tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>
<tr><td>412/TB-PGDĐT</td><td>30/11/2026</td><td>Thông báo tổ chức Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026-2027</td><td><a href="{UP}/thong-bao/tb_412_hsg9_2026.pdf">Tải về</a></td></tr>
<tr><td>356/KH-PGDĐT</td><td>03/11/2026</td><td>Kế hoạch kiểm tra công tác thư viện trường học năm học 2026-2027</td><td><a href="{UP}/van-ban/kh_356_kiem_tra_thu_vien.pdf">Tải về</a></td></tr>
<tr><td>301/KH-PGDĐT</td><td>02/10/2026</td><td>Kế hoạch giáo dục địa phương và hoạt động trải nghiệm năm học 2026-2027</td><td><a href="{UP}/van-ban/kh_301_trai_nghiem.pdf">Tải về</a></td></tr>
<tr><td>285/KH-PGDĐT</td><td>15/09/2026</td><td>Kế hoạch thực hiện nhiệm vụ năm học 2026-2027</td><td><a href="{UP}/van-ban/kh_285_nhiem_vu_nam_hoc.pdf">Tải về</a></td></tr>
</tbody></table>"""

LICH_CT = """<p style="text-align: center;"><strong>LỊCH CÔNG TÁC TUẦN 49/2026</strong><br />
<em>(Từ ngày 30/11/2026 đến ngày 06/12/2026)</em></p>
<table style="width: 100%;" border="1" cellpadding="4"><tbody>
<tr><td><strong>Thứ/Ngày</strong></td><td><strong>Buổi</strong></td><td><strong>Nội dung công việc</strong></td><td><strong>Chủ trì/Thành phần</strong></td><td><strong>Địa điểm</strong></td></tr>
<tr><td>Thứ Hai 30/11</td><td>Sáng</td><td>Giao ban Lãnh đạo Phòng</td><td>Trưởng phòng</td><td>Phòng họp PGD</td></tr>
<tr><td>Thứ Ba 01/12</td><td>Cả ngày</td><td>Chuyên đề sinh hoạt chuyên môn theo nghiên cứu bài học</td><td>Đ/c Hùng, bộ phận THCS</td><td>THCS Thị trấn</td></tr>
<tr><td>Thứ Tư 02/12</td><td>Chiều</td><td>Kiểm tra công tác thư viện</td><td>Bộ phận THCS</td><td>TH&amp;THCS Nga Hoàng</td></tr>
<tr><td>Thứ Năm 03/12</td><td>Sáng</td><td>Họp Hội đồng thi đua khen thưởng ngành</td><td>Trưởng phòng</td><td>Phòng họp PGD</td></tr>
<tr><td>Thứ Sáu 04/12</td><td>Chiều</td><td>Hội nghị tổng kết Hội thi GVDG cấp huyện bậc Tiểu học</td><td>Lãnh đạo Phòng</td><td>Hội trường UBND huyện</td></tr>
<tr><td>Thứ Bảy 05/12</td><td>Sáng</td><td>Trực cơ quan</td><td>Đ/c Hiền</td><td>PGD</td></tr>
</tbody></table>
<p><em>Lịch có thể thay đổi, đề nghị theo dõi thông báo trên Trang thông tin điện tử.</em></p>"""

GALLERY_SLUG = "khai-giang-nam-hoc-2026-2027"
GALLERY_IMAGES = [f"kg_2026_{n:02d}.jpg" for n in range(1, 7)]


def gallery_index(request: Request) -> Response:
    content = f"""<p>Hình ảnh hoạt động của ngành Giáo dục huyện Yên Lập.</p>
<div class="row ds-album"><div class="col-sm-4">
<a href="/thu-vien-anh/{GALLERY_SLUG}/" class="thumbnail"><img src="/static/media/uploads/galleries/{GALLERY_SLUG}/.thumbnails/kg_2026_01.jpg/kg_2026_01-300x200.jpg" alt="">
<span>Lễ khai giảng năm học 2026-2027</span></a></div></div>"""
    return _richtext_page(request, "Thư viện ảnh", content, [("Thư viện ảnh", None)], "/thu-vien-anh/")


def gallery(request: Request) -> Response:
    imgs = "".join(
        f'<div class="col-xs-4 col-sm-3"><a class="thumbnail" rel="#image-{k}" title="Lễ khai giảng năm học '
        f'2026-2027 - ảnh {k}" href="/static/media/uploads/galleries/{GALLERY_SLUG}/{name}">'
        f'<img class="img-responsive" src="/static/media/uploads/galleries/{GALLERY_SLUG}/.thumbnails/{name}/'
        f'{name[:-4]}-200x200.jpg"></a></div>' for k, name in enumerate(GALLERY_IMAGES, 1))
    content = ("<p>Sáng 05/9/2026, các trường học trên địa bàn huyện Yên Lập đồng loạt tổ chức Lễ khai giảng năm "
               "học mới 2026-2027.</p>\n" f'<div class="gallery row">{imgs}</div>')
    return _richtext_page(request, "Lễ khai giảng năm học 2026-2027", content,
                          [("Thư viện ảnh", "/thu-vien-anh/"), ("Lễ khai giảng năm học 2026-2027", None)],
                          "/thu-vien-anh/")


def contact(request: Request) -> Response:
    if request.method == "POST":
        return redirect("/lien-he/?sent=1")
    if request.params.get("sent"):
        content = "<p>Cảm ơn bạn đã gửi thông tin. Chúng tôi sẽ phản hồi trong thời gian sớm nhất.</p>"
    else:
        content = f"""<p>Mọi ý kiến đóng góp, phản ánh xin gửi về Phòng Giáo dục và Đào tạo huyện Yên Lập.</p>
<p>Địa chỉ: Khu 4, thị trấn Yên Lập, huyện Yên Lập, tỉnh Phú Thọ<br />Điện thoại: 0210.3870.256<br />
Email: pgdyenlap@phutho.edu.vn</p>
<form method="post" enctype="multipart/form-data" class="mezzanine-form">
<input type="hidden" name="csrfmiddlewaretoken" value="{opaque("csrf-contact", 48)[:64]}">
<div class="form-group input_id_field_1"><label for="id_field_1">Họ và tên</label><input type="text" name="field_1" id="id_field_1" class="form-control" required></div>
<div class="form-group input_id_field_2"><label for="id_field_2">Email</label><input type="email" name="field_2" id="id_field_2" class="form-control" required></div>
<div class="form-group input_id_field_3"><label for="id_field_3">Tiêu đề</label><input type="text" name="field_3" id="id_field_3" class="form-control"></div>
<div class="form-group input_id_field_4"><label for="id_field_4">Nội dung</label><textarea name="field_4" id="id_field_4" class="form-control" rows="6"></textarea></div>
<div class="form-actions"><input class="btn btn-primary btn-lg" type="submit" value="Gửi"></div>
</form>"""
    return _richtext_page(request, "Liên hệ", content, [("Liên hệ", None)], "/lien-he/")


RICH_PAGES = {
    "/gioi-thieu/": ("Giới thiệu chung", GIOI_THIEU, [("Giới thiệu", None)], "/gioi-thieu/"),
    "/gioi-thieu/co-cau-to-chuc/": ("Cơ cấu tổ chức", CO_CAU,
                                     [("Giới thiệu", "/gioi-thieu/"), ("Cơ cấu tổ chức", None)], "/gioi-thieu/"),
    "/van-ban/": ("Văn bản chỉ đạo, điều hành", VAN_BAN, [("Văn bản", None)], "/van-ban/"),
    "/van-ban/lich-cong-tac-tuan/": ("Lịch công tác tuần 49/2026 (từ ngày 30/11 đến 06/12/2026)", LICH_CT,
                                      [("Văn bản", "/van-ban/"), ("Lịch công tác tuần", None)], "/van-ban/"),
}


def search(request: Request) -> Response:
    q = collapse(request.params.get("q", ""))
    kind = request.params.get("type", "")
    results: list[tuple[str, str, str]] = []
    if q:
        needle = q.casefold()
        if kind in ("", "blog.BlogPost"):
            results += [(p.title, p.url, strip_tags(description_html(p))) for p in ORDERED
                        if needle in p.title.casefold()]
        if kind in ("", "pages.Page"):
            results += [(t, path, "") for path, (t, *_rest) in RICH_PAGES.items() if needle in t.casefold()]
    shown, number, pages = _paginate(results, request)
    extra = "&amp;" + "&amp;".join(f"{k}={quote(v)}" for k, v in (("q", q), ("type", kind)))
    lis = "".join(f'<h5><a href="{u}">{esc(t)}</a></h5><p>{esc(d)}</p>' for t, u, d in shown)
    main = (f'<h1 class="tieude-trang">Kết quả tìm kiếm</h1>\n<p>Tìm thấy {len(results)} kết quả cho '
            f"&quot;{esc(q)}&quot;</p>\n<div class=\"search-results\">{lis}</div>\n"
            + _pagination(number, pages, extra))
    return page(request, title="Tìm kiếm", main=main, crumbs=[("Tìm kiếm", None)])


def rss(request: Request) -> Response:
    host = base_url(request)
    items = []
    for p in ORDERED[:20]:
        content = content_html(p).replace('src="/', f'src="{host}/').replace('href="/', f'href="{host}/')
        cats = "".join(f"<category>{esc(CATEGORIES[c])}</category>" for c in p.cats)
        items.append(
            f"<item><title>{esc(p.title)}</title><link>{host}{p.url}</link>"
            f"<description>{esc(content)}</description><dc:creator>{p.account}</dc:creator>"
            f"<pubDate>{p.utc:%a, %d %b %Y %H:%M:%S} +0000</pubDate><guid>{host}{p.url}</guid>{cats}</item>")
    body = ('<?xml version="1.0" encoding="utf-8"?>\n<rss xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:atom="http://www.w3.org/2005/Atom" version="2.0"><channel>'
            f"<title>{esc(SITE_TITLE)}</title><link>{host}/blog/</link>"
            "<description>Trang thông tin điện tử Phòng GD&amp;ĐT huyện Yên Lập</description>"
            f'<atom:link href="{host}/blog/feeds/rss/" rel="self"></atom:link><language>vi</language>'
            f"<lastBuildDate>{ORDERED[0].utc:%a, %d %b %Y %H:%M:%S} +0000</lastBuildDate>"
            + "".join(items) + "</channel></rss>")
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


def sitemap() -> Response:
    urls = [("/", None)] + [(path, None) for path in RICH_PAGES] + [
        ("/thu-vien-anh/", None), (f"/thu-vien-anh/{GALLERY_SLUG}/", None), ("/lien-he/", None)]
    urls += [(p.url, p.updated or p.when) for p in ORDERED]
    entries = "".join(
        f"<url><loc>http://{SITE_DOMAIN}{u}</loc>"
        + (f"<lastmod>{d.astimezone(UTC):%Y-%m-%d}</lastmod>" if d else "")
        + "</url>" for u, d in urls)
    body = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + entries + "</urlset>")
    return Response(200, body, {"Content-Type": "application/xml"})


ROBOTS = f"User-agent: *\nDisallow: /admin/\nDisallow: /comment/\nDisallow: /rating/\n\nSitemap: http://{SITE_DOMAIN}/sitemap.xml\n"

ADMIN_LOGIN = """<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập | Quản trị Mezzanine</title>
<link rel="stylesheet" href="/static/mezzanine/css/admin/login.css"></head><body class="login">
<div id="container"><h1>Quản trị Mezzanine</h1>
<form action="/admin/login/?next=/admin/" method="post" id="login-form">
<input type="hidden" name="csrfmiddlewaretoken" value="TOKEN">
<div class="form-row"><label for="id_username">Tên đăng nhập:</label><input type="text" name="username" id="id_username"></div>
<div class="form-row"><label for="id_password">Mật khẩu:</label><input type="password" name="password" id="id_password"></div>
<div class="submit-row"><input type="submit" value="Đăng nhập"></div></form></div></body></html>"""


# --- routing ------------------------------------------------------------------------------------

_DETAIL = re.compile(r"^/blog/(?:\d{4}/(?:\d{1,2}/(?:\d{1,2}/)?)?)?(?P<slug>.+)/$")


class MezzanineSite:
    def respond(self, request: Request) -> Response | None:
        raw_path = request.path
        path = unquote(raw_path)
        if raw_path.startswith("/static/"):
            if raw_path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(raw_path)
        if path in ("/favicon.ico",):
            return static_file(path)
        if request.method == "POST":
            if path == "/lien-he/":
                return contact(request)
            if path in ("/comment/", "/rating/", "/binh-chon/"):
                return redirect(request.headers.get("Referer", "/"))
            return None
        if request.method not in ("GET", "HEAD"):
            return None
        answer = self._get(request, path)
        if answer is None and not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
            probe = Request(request.method, raw_path + "/", request.query, request.headers)
            if self._get(probe, path + "/") is not None:
                target = raw_path + "/" + (f"?{request.query}" if request.query else "")
                return redirect(target, 301)
        return answer

    def _get(self, request: Request, path: str) -> Response | None:
        if path == "/":
            return home(request)
        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/sitemap.xml":
            return sitemap()
        if path in ("/admin", "/admin/"):
            return redirect("/admin/login/?next=/admin/")
        if path == "/admin/login/":
            return html(ADMIN_LOGIN.replace("TOKEN", opaque("csrf-admin", 48)[:64]))
        if path in RICH_PAGES:
            title, content, crumbs, active = RICH_PAGES[path]
            return _richtext_page(request, title, content, crumbs, active)
        if path == "/thu-vien-anh/":
            return gallery_index(request)
        if path == f"/thu-vien-anh/{GALLERY_SLUG}/":
            return gallery(request)
        if path == "/lien-he/":
            return contact(request)
        if path == "/search/":
            return search(request)
        if path == "/blog/":
            return blog_list(request)
        if path == "/blog/feeds/rss/":
            return rss(request)
        m = re.match(r"^/blog/category/(?P<slug>[^/]+)/$", path)
        if m:
            return blog_list(request, category=m["slug"]) if m["slug"] in CATEGORIES else None
        m = re.match(r"^/blog/tag/(?P<slug>[^/]+)/$", path)
        if m:
            return blog_list(request, tag=TAGS[m["slug"]]) if m["slug"] in TAGS else None
        m = re.match(r"^/blog/author/(?P<user>[^/]+)/$", path)
        if m:
            return blog_list(request, author=m["user"]) if m["user"] in ACCOUNTS else None
        m = _DETAIL.match(path)
        if m and path.startswith("/blog/"):
            post = BY_SLUG.get(unicodedata.normalize("NFC", m["slug"]))
            return blog_detail(request, post) if post else None
        return None


def build_site() -> MezzanineSite:
    return MezzanineSite()


# --- gold ---------------------------------------------------------------------------------------

def _gold(post: Post) -> dict:
    alts = [post.plain_url]
    if post.story.id == 10:
        alts.append(OLD_URL_10)
    return gold_record(post.story, post.url, CATEGORIES[post.cats[0]], canonical_path=post.url, alt_paths=alts)


GOLD = [_gold(BY_ID[i]) for i in range(1, 14)]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/gioi-thieu/co-cau-to-chuc/",
    "/van-ban/",
    "/van-ban/lich-cong-tac-tuan/",
    "/thu-vien-anh/",
    f"/thu-vien-anh/{GALLERY_SLUG}/",
    "/lien-he/",
]
