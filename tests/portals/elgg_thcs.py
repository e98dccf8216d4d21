"""Elgg 5 social network of a lower-secondary school, read through its public blog.

Platform: Elgg 5 (open-source social network) run by Trường THCS Lý Tự Trọng (xã Nghĩa Hành,
tỉnh Quảng Ngãi) as "LTT Connect" for staff, pupils and parents, with plugins blog, groups,
pages, file, tidypics (albums), videolist, event_manager, likes, poll, blog_tools and the school's
own theme plugin ``ltt_theme`` (banner with today's date, horizontal menu with drop-downs, side
boxes "Tiêu điểm", "Thông báo", "Bình chọn", "Liên kết", "Thống kê truy cập", footer, "Các tin
khác" under every post). Logged-out visitors see the public content; PHP runs in UTC on the VPS.
Elgg prints absolute URLs (``http://<Host>/…``) everywhere.

URL scheme
- ``/blog/all`` (start) – all blogs, 5 a page (admin's ``default_limit``), ``?offset=5|10`` (page 1
  link is ``?offset=0``); ``?view=rss`` the RSS viewtype (linked in the head and the footer);
- ``/blog/view/<guid>/<slug>`` – a blog post; the slug is decoration: ``/blog/view/<guid>`` and
  any slug serve the post; ``?offset=N`` pages the comments (10 a page);
- ``/blog/group/<guid>/all`` – a group's blogs (same pager); ``/blog/owner/<username>`` (not linked);
- ``/groups/all``, ``/groups/profile/<guid>/<slug>`` – groups (profile: latest 3 posts, files);
- ``/activity`` – the river, 20 items a page, ``?offset=20``;
- ``/pages/view/<guid>/<slug>``, ``/file/view/…``, ``/photos/album/…``, ``/videolist/watch/…``,
  ``/event_manager/event/view/…`` – intro/contact pages, documents, album, clip, event;
- ``/search?q=<tag>&search_type=tags`` – tag links; the topbar search form (GET ``/search``);
- ``/comment/view/<cguid>/<guid>`` – 302 to the post (with ``?offset=`` and ``#elgg-object-…``);
- ``/profile/<username>`` – 302 to ``/login`` (profiles hidden from guests); ``/login``;
- ``/blog/view/1360/…`` – a members-only post: 302 to ``/login``;
- ``/serve-file/…`` – pictures, avatars, PDF downloads; POST ``/action/*`` – 302 to ``/login``.

Page templates: Elgg 5 shell (topbar with ``<h1 class="elgg-heading-site">LTT Connect</h1>``, search
form and "Đăng nhập"; theme banner table with "UBND XÃ NGHĨA HÀNH / TRƯỜNG THCS LÝ TỰ TRỌNG" and
"Thứ Bảy, 05/12/2026"; site menu), layout header with breadcrumbs and ``<h2 class="elgg-heading-main">``,
content, sidebar. A post's full view is ``div.elgg-listing-full-blog``: header image block (owner
avatar, entity menu with likes count / share / print, subtitle "Bởi <owner> trong <group>
<time>", tags), body ``div.elgg-listing-full-body`` (optional theme ``div.tomtat_bv`` with the
excerpt, then ``div.elgg-output`` with the CKEditor text), responses (comments, pager, login line);
then the theme's "Các tin khác". Lists are ``ul.elgg-list`` of summary image blocks with excerpt.

How each gold article is reached (groups: 41 Tin tức – Sự kiện, 57 Tổ Khoa học Tự nhiên,
58 Tổ Ngữ văn – Lịch sử và Địa lí, 63 Liên đội TNTP Hồ Chí Minh)
- 1371, 1367, 1355, 1342, 1301: /blog/all page 1, group blog lists, home page, river page 1;
- 1288, 1259, 1235, 1198, 1176: /blog/all?offset=5, group lists, river page 1;
- 1150, 1127: /blog/all?offset=10, group lists (57 page 1, 41 page 1), river;
- 1103 (the oldest): only later pages – /blog/all?offset=10, /blog/group/41/all?offset=5 and
  /activity?offset=20 (there under its old slug);
- 1288 and 1301 also from the "Tiêu điểm" box as bare ``/blog/view/<guid>``; 1342 from the
  "Thông báo" box; most from "Các tin khác", "Bài mới trong nhóm", tag searches.

Traps
1. Server clock in UTC. The only machine date is ``<time datetime="…+00:00">``; its text is
   relative ("hôm qua", "16 ngày trước") or, past 30 days, a bare UTC day ("6 Tháng 10, 2026");
   the tooltip and the theme's "Các tin khác (20/11/2026)" are UTC wall clock. Gold reads the
   instant in Asia/Ho_Chi_Minh: 1288 is "2026-11-21T06:30:00+07:00" although every date printed
   on its page says 20/11 (datetime 2026-11-20T23:30:00+00:00, body "Sáng ngày 20/11/2026").
2. Midnight publication date (blog_tools): 1235 has datetime 2026-11-13T17:00:00+00:00, i.e.
   00:00 on 14/11 local – a day without a time: gold "2026-11-14" (body: "chiều ngày 13/11/2026";
   its "Cập nhật 4 ngày trước" line is an update date, ignored).
3. Many ``<time>`` elements on a post page (comments, "Cập nhật", "Bài mới trong nhóm", river on
   the home page): only the one in the full view's header subtitle is the post's.
4. Title and section: ``<h1>`` is the site name on every page, the headline is
   ``<h2 class="elgg-heading-main">``; the breadcrumb "Trang chủ › Nhóm › <group> › Blog" ends
   with the content type, so the category is the group crumb (also "trong <group>" in the byline).
5. Owner account vs signature: "Bởi BBT Website" is a CMS account (nobody); a closing signature
   names the authors ("Tin, ảnh: Phạm Thị Thu Hà" → both lists; "Tin: Nguyễn Thị Hoa - Ảnh: Đỗ
   Quang Huy"; "ThS. Nguyễn Thị Hoa - Tổ trưởng Tổ KHTN" → "Nguyễn Thị Hoa"; "Trần Minh Đức - TPT
   Đội"; units "Tổ Văn phòng", "Tổ Ngữ văn – Lịch sử và Địa lí"); a teacher's own post without a
   signature is authored by the owner shown in "Bởi …" (1355, 1259, 1198).
6. Duplicate URLs: the slug is ignored (bare ``/blog/view/<guid>`` in "Tiêu điểm"; the river keeps
   the slug of the first title for 1176 and 1103), comment pages ``?offset=0`` / ``?offset=10`` of
   1198, ``/comment/view`` redirects → all one article each (alt_paths); ``rel=canonical`` helps.
7. Comments live inside the full view (``.elgg-listing-full-responses``), with avatars, times and a
   parent's three-paragraph comment on 1235 and fourteen comments over two pages on 1198: not body.
8. Facebook paste (1367): an emoji drawn as ``<img alt="👉">`` / ``<img alt="🌿">`` at a line's start
   is its bullet, no text; emoji characters in the title and text (🎉, 🌱♻️, 💪, ❤️) are kept; the
   pictures carry Facebook's automatic alt "Có thể là hình ảnh về 8 người…", not a caption (None).
9. Word paste: ``mso-list:Ignore`` "-" markers are no text (1371, 1355), the "- " typed at
   "- Ban giám khảo đánh giá…" is; a bare superscript footnote call ``29-NQ/TW<sup>1</sup>`` is
   dropped while "[1]", "[2]" stay; "Tài liệu tham khảo" and its entries, printed before the
   signature, are body.
10. Official notice (1342): letterhead table (UBND XÃ … | CỘNG HÒA …, "Số: 58/TB-THCSLTT",
    "Nghĩa Hành, ngày 30 tháng 11 năm 2026"), "THÔNG BÁO / Về việc …", the "Nơi nhận | HIỆU
    TRƯỞNG (Đã ký) Phạm Văn Long" table, the "Tệp đính kèm" line and the "Xem thêm" line are not
    body; date the letterhead's day "2026-11-30" (posted 01/12); author the signer.
11. Sapo: 1371's excerpt is printed by the theme in ``div.tomtat_bv`` outside ``.elgg-output``
    (summary, first body paragraph); 1301 opens with a bold lead paragraph (summary); everywhere
    else the meta/og description and list excerpts are cut from the text: summary null.
12. Captions: ``<figcaption>``; a centred italic line under the picture, parentheses taken off
    ("(Học sinh lớp 7B chuẩn bị bệ phóng)"); "Ảnh: …" credit lines are no caption (1288, 1127);
    a 2×2 gallery table in which only two cells have a line (1259).
13. Decomposed Unicode (1176): title, text and signature typed as NFD ("Unicode tổ hợp"); gold NFC.
14. Non-articles look like posts: pages, files, album, clip and event print the same
    ``.elgg-listing-full`` block with owner, ``<time>`` and text; profile links and the
    members-only post answer 302 → /login; tag searches and group pages list posts.
15. Pagination by ``offset`` with five per page: the oldest post is only on page 2+ listings, and a
    ``<br>`` inside a paragraph of 1259 makes two paragraphs.

Gold decisions on ambiguous points
- category: the group the post is filed in (the container), as the breadcrumb and byline print it.
- authors: a closing signature wins over the Elgg owner; with no signature, the owner's display
  name when it is a person's account; "BBT Website" is nobody. Posts and units as printed.
- A caption line that only credits a photographer ("Ảnh: Lê Văn Nam", 1127) gives no caption but
  names the photographer: photographers ["Lê Văn Nam"] (1288's "Ảnh: Phạm Thị Thu Hà" repeats
  its "Tin, ảnh:" signature).
- published_at: the header ``<time datetime>`` converted to +07:00; 1235's local midnight → day
  only; 1342 → the letterhead's day. Update dates, comment dates and today's header never count.
- "Tài liệu tham khảo" heading and entries are body; Word's footnote number is not; table header
  rows are paragraphs (cells joined by " | "); the notice's numbered bold headings are paragraphs.
- source: 1103's closing "Theo Báo Quảng Ngãi" → "Báo Quảng Ngãi"; its "Theo kế hoạch, …"
  sentence is text.
- images: the post's pictures only (not avatars, group icons, "Tiêu điểm" thumbnails, emoji
  pictures, the PDF icon or new.gif); paths as printed (absolute on this host → path).
- alt_paths list the variants the site links; any other slug would serve the post as well.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from urllib.parse import quote, unquote

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

NAME = "elgg_thcs"
PLATFORM = "Elgg 5 (blog, groups, river, likes, comments; school theme plugin ltt_theme)"
START_PATH = "/blog/all"

SITE_NAME = "LTT Connect – Trường THCS Lý Tự Trọng"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
#: the server's clock (PHP runs in UTC on this VPS): 10:00 in Quảng Ngãi on 2026-12-05
NOW_UTC = datetime(2026, 12, 5, 3, 0, tzinfo=UTC)
LOCAL = timedelta(hours=7)
PER_PAGE = 5  # Elgg "default_limit", lowered by the school's admin
RIVER_PER_PAGE = 20
COMMENTS_PER_PAGE = 10


# --- people and groups ------------------------------------------------------------------------


@dataclass(frozen=True)
class User:
    username: str
    name: str
    guid: int


USERS = {
    u.username: u
    for u in (
        User("bbt_ltt", "BBT Website", 36),
        User("hoant_khtn", "Nguyễn Thị Hoa", 48),
        User("ductm.tpt", "Trần Minh Đức", 52),
        User("tranglt_nv", "Lê Thu Trang", 55),
        User("hoangvantu1979", "Hoàng Văn Tú", 611),
        User("baongoc7a", "Nguyễn Bảo Ngọc", 742),
    )
}


@dataclass(frozen=True)
class Group:
    guid: int
    slug: str
    name: str
    owner: str
    members: int
    about: str


GROUPS = {
    g.guid: g
    for g in (
        Group(41, "tin-tuc-su-kien", "Tin tức – Sự kiện", "bbt_ltt", 137,
              "Nhóm đăng tải tin tức, sự kiện, thông báo chính thức của Trường THCS Lý Tự Trọng."),
        Group(57, "to-khoa-hoc-tu-nhien", "Tổ Khoa học Tự nhiên", "hoant_khtn", 24,
              "Không gian trao đổi chuyên môn của giáo viên Toán, Khoa học tự nhiên, Tin học, Công nghệ."),
        Group(58, "to-ngu-van-lich-su-va-dia-li", "Tổ Ngữ văn – Lịch sử và Địa lí", "tranglt_nv", 21,
              "Nhóm của Tổ Ngữ văn – Lịch sử và Địa lí – Giáo dục công dân."),
        Group(63, "lien-doi-tntp-ho-chi-minh", "Liên đội TNTP Hồ Chí Minh", "ductm.tpt", 688,
              "Hoạt động Đội và phong trào thiếu nhi của Liên đội THCS Lý Tự Trọng."),
    )
}


@dataclass(frozen=True)
class Comment:
    guid: int
    user: str
    utc: datetime
    paras: tuple[str, ...]


@dataclass
class Post:
    """A blog entity: the story plus what Elgg keeps about it."""

    story: Story
    group: int
    owner: str
    utc: datetime  # time_created as the server stores it (UTC)
    tags: tuple[str, ...] = ()
    old_slug: str | None = None  # the slug the river item kept after the title was edited
    updated_utc: datetime | None = None
    likes: int = 0
    comments: list[Comment] = field(default_factory=list)
    featured: bool = False  # in the theme's "Tiêu điểm" box, linked as /blog/view/<guid>

    @property
    def guid(self) -> int:
        return self.story.id

    @property
    def path(self) -> str:
        return f"/blog/view/{self.guid}/{self.story.slug}"


def utc(y: int, mo: int, d: int, h: int, mi: int) -> datetime:
    """A local (Asia/Ho_Chi_Minh) wall-clock time as the UTC instant the server stores."""
    return datetime(y, mo, d, h, mi, tzinfo=UTC) - LOCAL


def img_src(guid: int, stamp: int, name: str) -> str:
    """Where Elgg 5's CKEditor upload serves a picture from (a signed serve-file URL)."""
    token = f"{(guid * 7919 + stamp) % 99991:05d}aZ{guid % 97:02d}kQ"
    return f"/serve-file/e0/l{stamp}/di/c0/{token}/{guid}/ckeditor/{stamp}{name}"


# --- the thirteen blog posts ------------------------------------------------------------------

SIGN_R = '<p style="text-align: right;"><strong>{}</strong></p>'

A5 = Story(
    1371,
    "chuyen-de-day-hoc-phat-trien-nang-luc-doc-hieu-van-ban-nghi-luan-mon-ngu-van-9",
    "Chuyên đề “Dạy học phát triển năng lực đọc hiểu văn bản nghị luận” môn Ngữ văn 9",
    "Tổ Ngữ văn – Lịch sử và Địa lí",
    "2026-12-04T10:00:00+07:00",
    [
        P("Chuyên đề được xây dựng trên cơ sở yêu cầu cần đạt của Chương trình giáo dục phổ thông 2018 môn Ngữ văn, trong đó đọc hiểu văn bản nghị luận là một trong những nội dung trọng tâm của lớp 9 và của kì thi tuyển sinh vào lớp 10.[1]"),
        P("Đổi mới căn bản, toàn diện giáo dục và đào tạo theo tinh thần Nghị quyết 29-NQ/TW đòi hỏi người giáo viên chuyển từ truyền thụ kiến thức sang tổ chức cho học sinh tự đọc, tự khám phá văn bản.", "sup:29-NQ/TW:1"),
        Img(img_src(1371, 1764817200, "_chuyende_nv9.jpg"),
            "Cô giáo Lê Thu Trang trình bày chuyên đề tại phòng học bộ môn Ngữ văn",
            "Cô giáo Lê Thu Trang trình bày chuyên đề tại phòng học bộ môn Ngữ văn", "fig"),
        P("Tại buổi sinh hoạt, cô giáo Lê Thu Trang đã trình bày hệ thống các bước tổ chức hoạt động đọc hiểu một văn bản nghị luận: xác định luận đề, hệ thống luận điểm, lí lẽ và bằng chứng; nhận biết thái độ, tình cảm của người viết; liên hệ, vận dụng vào thực tiễn đời sống.[2]"),
        P("Tiết dạy minh họa bài “Bàn về đọc sách” (Chu Quang Tiềm) tại lớp 9A được tổ chức theo hình thức trạm học tập. Học sinh làm việc nhóm, sử dụng phiếu học tập và sơ đồ tư duy để phân tích cách lập luận của tác giả."),
        P("Một số kinh nghiệm rút ra", "h"),
        P("Giáo viên cần lựa chọn văn bản ngoài sách giáo khoa có độ dài, độ khó tương đương để học sinh luyện tập kĩ năng đọc.", "msolist"),
        P("Câu hỏi đọc hiểu được thiết kế theo ba mức độ: nhận biết, thông hiểu, vận dụng.", "msolist"),
        P("Tăng cường cho học sinh trình bày, phản biện ý kiến trước lớp.", "msolist"),
        P("Phát biểu kết luận, thầy Phạm Văn Long, Hiệu trưởng nhà trường đánh giá cao sự chuẩn bị công phu của tổ chuyên môn và đề nghị nhân rộng cách làm này ở các môn học khác trong học kì II."),
        P("Tài liệu tham khảo", "h"),
        P("[1] Bộ Giáo dục và Đào tạo (2018), Chương trình giáo dục phổ thông môn Ngữ văn (ban hành kèm theo Thông tư số 32/2018/TT-BGDĐT).", "ref"),
        P("[2] Nguyễn Thị Hồng Nam (chủ biên) (2023), Dạy học đọc hiểu văn bản theo đặc điểm loại thể, NXB Đại học Sư phạm.", "ref"),
        Raw(SIGN_R.format("ThS. Lê Thu Trang")),
    ],
    authors=["Lê Thu Trang"],
    summary="Sáng 03/12/2026, Tổ Ngữ văn – Lịch sử và Địa lí tổ chức chuyên đề cấp trường “Dạy học phát triển năng lực đọc hiểu văn bản nghị luận” cho học sinh lớp 9, với sự tham dự của Ban Giám hiệu và toàn thể giáo viên trong tổ.",
    sapo_outside=True,
)

_FB = "https://static.xx.fbcdn.net/images/emoji.php/v9/t{}/1/16/{}.png"

A4 = Story(
    1367,
    "lien-doi-thcs-ly-tu-trong-ra-quan-phong-trao-ke-hoach-nho-nam-hoc-2026-2027",
    "🎉 Liên đội THCS Lý Tự Trọng ra quân phong trào “Kế hoạch nhỏ” năm học 2026 - 2027",
    "Liên đội TNTP Hồ Chí Minh",
    "2026-12-03T19:05:00+07:00",
    [
        P("Hưởng ứng phong trào “Kế hoạch nhỏ” do Hội đồng Đội tỉnh Quảng Ngãi phát động, chiều 03/12/2026, Liên đội THCS Lý Tự Trọng đã tổ chức buổi ra quân thu gom giấy vụn, vỏ lon và chai nhựa 🌱♻️", "fb"),
        P("Thời gian: từ ngày 03/12 đến hết ngày 20/12/2026.", "fbemo:👉:51:1f449"),
        P("Địa điểm tập kết: sân sau nhà đa năng, mỗi chi đội có một khu vực riêng.", "fbemo:👉:51:1f449"),
        P("Chỉ tiêu: mỗi đội viên đóng góp ít nhất 3 kg giấy vụn hoặc 2 kg vỏ lon, chai nhựa.", "fbemo:👉:51:1f449"),
        P("Ngay trong buổi chiều đầu tiên, các chi đội đã thu gom được hơn 650 kg giấy vụn. Dẫn đầu là Chi đội 8A với 96 kg, tiếp theo là Chi đội 6C và Chi đội 9B 💪", "fb"),
        Img(img_src(1367, 1764763500, "_kehoachnho_01.jpg"), style="fbimg"),
        Img(img_src(1367, 1764763500, "_kehoachnho_02.jpg"), style="fbimg"),
        P("Toàn bộ số tiền thu được sẽ dùng để trao học bổng “Thắp sáng ước mơ” cho các bạn học sinh có hoàn cảnh khó khăn nhân dịp Tết Nguyên đán Đinh Mùi 2027.", "fb"),
        P("Cùng chung tay vì một Liên đội xanh – sạch – đẹp các bạn nhé! ❤️", "fbemo:🌿:ce:1f33f"),
        Raw('<div dir="auto" style="text-align:right"><i>Trần Minh Đức - TPT Đội</i></div>'),
    ],
    authors=["Trần Minh Đức"],
)

A3 = Story(
    1355,
    "hoi-thi-giao-vien-day-gioi-cap-truong-mon-khoa-hoc-tu-nhien-nam-hoc-2026-2027",
    "Hội thi giáo viên dạy giỏi cấp trường môn Khoa học tự nhiên năm học 2026 - 2027",
    "Tổ Khoa học Tự nhiên",
    "2026-12-02T15:20:00+07:00",
    [
        P("Thực hiện Kế hoạch số 112/KH-THCSLTT của Hiệu trưởng nhà trường về tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027, từ ngày 24/11 đến ngày 01/12/2026, Tổ Khoa học Tự nhiên đã tổ chức hội thi cho 6 giáo viên đăng kí tham gia.", "mso"),
        P("Hội thi gồm hai nội dung:", "mso"),
        P("Trình bày biện pháp nâng cao chất lượng giảng dạy môn Khoa học tự nhiên trong nhà trường;", "msolist"),
        P("Thực hành dạy 02 tiết trên lớp, trong đó có 01 tiết bốc thăm trước 3 ngày.", "msolist"),
        Img(img_src(1355, 1764663600, "_gvdg_hoa8b.jpg"),
            "(Cô giáo Phạm Thị Lan trong tiết dạy Hóa học tại lớp 8B)",
            "Cô giáo Phạm Thị Lan trong tiết dạy Hóa học tại lớp 8B", "pcap"),
        P("Các tiết dạy được chuẩn bị chu đáo, vận dụng linh hoạt các phương pháp, kĩ thuật dạy học tích cực như dạy học dự án, dạy học theo góc, kĩ thuật khăn trải bàn. Nhiều tiết dạy sử dụng hiệu quả thiết bị thí nghiệm và phần mềm mô phỏng PhET.", "mso"),
        P("- Ban giám khảo đánh giá 100% tiết dạy đạt yêu cầu, trong đó có 4 tiết xếp loại Tốt.", "mso"),
        P("Kết quả cụ thể như sau:", "mso"),
        P("STT | Họ và tên | Phân môn | Kết quả", "th"),
        P("1 | Phạm Thị Lan | Hóa học | Giáo viên dạy giỏi", "tr"),
        P("2 | Võ Minh Tuấn | Vật lí | Giáo viên dạy giỏi", "tr"),
        P("3 | Nguyễn Thị Hoa | Sinh học | Giáo viên dạy giỏi", "tr"),
        P("4 | Đặng Quốc Bảo | Vật lí | Hoàn thành", "tr"),
        Img(img_src(1355, 1764663600, "_gvdg_gopy.jpg"),
            "Ban giám khảo góp ý sau tiết dạy", "Ban giám khảo góp ý sau tiết dạy", "pcap"),
        P("Hội thi là dịp để giáo viên trong tổ giao lưu, học hỏi kinh nghiệm, góp phần nâng cao chất lượng dạy học môn Khoa học tự nhiên theo Chương trình giáo dục phổ thông 2018.", "mso"),
    ],
    authors=["Nguyễn Thị Hoa"],
)

LETTERHEAD = """<table border="0" cellpadding="0" cellspacing="0" style="width:100%">
<tbody>
<tr>
<td style="width:40%;text-align:center"><span style="font-size:13px">UBND XÃ NGHĨA HÀNH</span><br>
<strong>TRƯỜNG THCS LÝ TỰ TRỌNG</strong><br>
<span style="font-size:13px">Số: 58/TB-THCSLTT</span></td>
<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>
<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br>
<em>Nghĩa Hành, ngày 30 tháng 11 năm 2026</em></td>
</tr>
</tbody>
</table>
<p style="text-align:center"><strong>THÔNG BÁO</strong><br>
<strong>Về việc tổ chức kiểm tra cuối học kì I năm học 2026 - 2027</strong></p>"""

CLOSING = """<table border="0" cellpadding="0" cellspacing="0" style="width:100%">
<tbody>
<tr>
<td style="width:50%;vertical-align:top"><strong><em>Nơi nhận:</em></strong><br>
<span style="font-size:11px">- Các tổ chuyên môn, GVCN;<br>
- Ban đại diện CMHS;<br>
- Website trường;<br>
- Lưu: VT.</span></td>
<td style="text-align:center;vertical-align:top"><strong>HIỆU TRƯỞNG</strong><br>
<br>
<em>(Đã ký)</em><br>
<br>
<strong>Phạm Văn Long</strong></td>
</tr>
</tbody>
</table>"""

A2 = Story(
    1342,
    "thong-bao-lich-kiem-tra-cuoi-hoc-ki-i-nam-hoc-2026-2027",
    "Thông báo lịch kiểm tra cuối học kì I năm học 2026 - 2027",
    "Tin tức – Sự kiện",
    "2026-11-30",
    [
        Raw(LETTERHEAD),
        P("Căn cứ Kế hoạch số 97/KH-THCSLTT ngày 05/9/2026 của Trường THCS Lý Tự Trọng về thực hiện nhiệm vụ năm học 2026 - 2027;"),
        P("Căn cứ Công văn số 1875/SGDĐT-GDTrH ngày 18/11/2026 của Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi về việc hướng dẫn kiểm tra, đánh giá cuối học kì I;"),
        P("Nhà trường thông báo lịch kiểm tra cuối học kì I năm học 2026 - 2027 như sau:"),
        P("1. Lịch kiểm tra tập trung", "hb"),
        P("Ngày | Buổi | Khối | Môn kiểm tra | Thời gian làm bài", "th"),
        P("Thứ Hai, 21/12/2026 | Sáng | 6, 7, 8, 9 | Ngữ văn | 90 phút", "tr"),
        P("Thứ Hai, 21/12/2026 | Chiều | 6, 7, 8, 9 | Khoa học tự nhiên | 60 phút", "tr"),
        P("Thứ Ba, 22/12/2026 | Sáng | 6, 7, 8, 9 | Toán | 90 phút", "tr"),
        P("Thứ Ba, 22/12/2026 | Chiều | 6, 7, 8, 9 | Tiếng Anh | 60 phút", "tr"),
        P("Thứ Tư, 23/12/2026 | Sáng | 6, 7, 8, 9 | Lịch sử và Địa lí | 60 phút", "tr"),
        P("2. Các môn kiểm tra tại lớp", "hb"),
        P("Các môn Giáo dục công dân, Công nghệ, Tin học, Nghệ thuật, Giáo dục thể chất và Hoạt động trải nghiệm, hướng nghiệp do giáo viên bộ môn tổ chức kiểm tra theo thời khóa biểu, hoàn thành trước ngày 19/12/2026."),
        P("3. Tổ chức thực hiện", "hb"),
        P("Giáo viên chủ nhiệm thông báo lịch kiểm tra đến học sinh và cha mẹ học sinh; nhắc nhở học sinh có mặt trước giờ kiểm tra 15 phút, mang đầy đủ dụng cụ học tập, không mang điện thoại vào phòng kiểm tra."),
        P("Nhận được thông báo này, đề nghị các tổ chuyên môn, giáo viên và học sinh toàn trường nghiêm túc thực hiện./."),
        Raw(CLOSING),
        Raw('<p>&nbsp;</p>\n<p><img alt="" src="/mod/file/graphics/icons/pdf.gif" style="width:16px;height:16px"> Tệp đính kèm: '
            '<a href="/file/view/1312/thong-bao-so-58-tb-thcsltt-lich-kiem-tra-cuoi-hoc-ki-i">TB_58_lich_kiem_tra_HKI_2026-2027.pdf</a> (214 KB)</p>'),
        Raw('<p><em>Xem thêm: <a href="/blog/view/1360/de-cuong-on-tap-cuoi-hoc-ki-i-mon-khtn-8">Đề cương ôn tập cuối học kì I môn KHTN 8</a></em></p>'),
    ],
    authors=["Phạm Văn Long"],
)

A13 = Story(
    1301,
    "hoc-sinh-nha-truong-dat-giai-nhi-cuoc-thi-khoa-hoc-ki-thuat-cap-tinh",
    "Học sinh nhà trường đạt giải Nhì Cuộc thi Khoa học kĩ thuật cấp tỉnh dành cho học sinh trung học",
    "Tin tức – Sự kiện",
    "2026-11-25T20:15:00+07:00",
    [
        P("Với dự án “Hệ thống tưới tiêu tự động cho vườn rau sử dụng cảm biến độ ẩm đất”, nhóm học sinh lớp 9A Trường THCS Lý Tự Trọng đã xuất sắc đạt giải Nhì lĩnh vực Kĩ thuật cơ khí tại Cuộc thi Khoa học kĩ thuật cấp tỉnh năm học 2026 - 2027.", "lead"),
        P("Cuộc thi do Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi tổ chức từ ngày 22 đến ngày 24/11/2026, thu hút 186 dự án của học sinh trung học cơ sở và trung học phổ thông trong toàn tỉnh tham gia."),
        Img(img_src(1301, 1764076500, "_khkt_giainhi.jpg"),
            "Em Nguyễn Gia Bảo và Trần Khánh Linh giới thiệu dự án với Ban giám khảo",
            "Em Nguyễn Gia Bảo và Trần Khánh Linh giới thiệu dự án với Ban giám khảo", "fig"),
        P("Dự án của hai em Nguyễn Gia Bảo và Trần Khánh Linh sử dụng bo mạch Arduino kết nối với cảm biến độ ẩm đất, tự động bật, tắt máy bơm khi đất khô và gửi thông báo về điện thoại qua ứng dụng. Chi phí lắp đặt cho một vườn rau gia đình chỉ khoảng 450.000 đồng."),
        P("“Chúng em rất vui vì ý tưởng xuất phát từ chính vườn rau của ông bà mình nay đã được ghi nhận. Chúng em sẽ tiếp tục hoàn thiện để dự án có thể ứng dụng rộng rãi hơn”, em Trần Khánh Linh chia sẻ.", "quote"),
        P("Kết quả của Trường THCS Lý Tự Trọng tại cuộc thi:"),
        P("Dự án | Lĩnh vực | Giải", "th"),
        P("Hệ thống tưới tiêu tự động cho vườn rau | Kĩ thuật cơ khí | Nhì", "tr"),
        P("Bình lọc nước từ vật liệu địa phương | Khoa học môi trường | Khuyến khích", "tr"),
        P("Đây là năm thứ ba liên tiếp nhà trường có dự án đạt giải cấp tỉnh. Thành tích này khẳng định hiệu quả của việc đưa giáo dục STEM vào các môn học và hoạt động trải nghiệm trong nhà trường."),
        Raw(SIGN_R.format("ThS. Nguyễn Thị Hoa - Tổ trưởng Tổ KHTN")),
    ],
    authors=["Nguyễn Thị Hoa"],
    summary="Với dự án “Hệ thống tưới tiêu tự động cho vườn rau sử dụng cảm biến độ ẩm đất”, nhóm học sinh lớp 9A Trường THCS Lý Tự Trọng đã xuất sắc đạt giải Nhì lĩnh vực Kĩ thuật cơ khí tại Cuộc thi Khoa học kĩ thuật cấp tỉnh năm học 2026 - 2027.",
)

A1 = Story(
    1288,
    "trang-trong-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-2026",
    "Trang trọng Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    "Tin tức – Sự kiện",
    "2026-11-21T06:30:00+07:00",
    [
        P("Sáng ngày 20/11/2026, Trường THCS Lý Tự Trọng long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam. Đến dự buổi lễ có đồng chí Nguyễn Văn Thạnh, Phó Chủ tịch UBND xã Nghĩa Hành; đại diện Ban đại diện cha mẹ học sinh; các thế hệ nhà giáo đã nghỉ hưu cùng toàn thể cán bộ, giáo viên, nhân viên và học sinh nhà trường."),
        Img(img_src(1288, 1763681400, "_2011_quangcanh.jpg"), "Quang cảnh buổi lễ", "Quang cảnh buổi lễ", "fig"),
        P("Mở đầu chương trình là các tiết mục văn nghệ đặc sắc do học sinh các chi đội biểu diễn, thể hiện lòng biết ơn sâu sắc đối với thầy cô giáo."),
        P("Ôn lại truyền thống ngày 20/11, thầy Phạm Văn Long – Hiệu trưởng nhà trường nhấn mạnh: năm học 2026 - 2027, tập thể nhà trường tiếp tục đẩy mạnh đổi mới phương pháp dạy học, kiểm tra đánh giá theo hướng phát triển phẩm chất, năng lực học sinh; triển khai hiệu quả chuyển đổi số trong dạy học và quản lí."),
        Img(img_src(1288, 1763681400, "_2011_khenthuong.jpg"),
            "(Hiệu trưởng Phạm Văn Long trao giấy khen cho các giáo viên đạt thành tích xuất sắc)",
            "Hiệu trưởng Phạm Văn Long trao giấy khen cho các giáo viên đạt thành tích xuất sắc", "fig"),
        P("Dịp này, nhà trường đã khen thưởng 12 giáo viên có thành tích xuất sắc trong phong trào thi đua “Đổi mới, sáng tạo trong dạy và học” và 35 học sinh đạt thành tích cao trong đợt thi đua chào mừng ngày 20/11."),
        Img(img_src(1288, 1763681400, "_2011_vannghe.jpg"), "Ảnh: Phạm Thị Thu Hà", None, "fig"),
        P("Buổi lễ khép lại trong không khí ấm áp, để lại nhiều ấn tượng tốt đẹp trong lòng các thầy cô giáo và các em học sinh."),
        Raw('<p><em>Xem thêm: <a href="/photos/album/1296/le-ky-niem-44-nam-ngay-nha-giao-viet-nam">Album ảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</a></em></p>'),
        Raw('<p style="text-align:right"><b>Tin, ảnh: Phạm Thị Thu Hà</b></p>'),
    ],
    authors=["Phạm Thị Thu Hà"],
    photographers=["Phạm Thị Thu Hà"],
)

A12 = Story(
    1259,
    "hoc-sinh-khoi-8-trai-nghiem-thuc-te-tai-khu-chung-tich-son-my",
    "Học sinh khối 8 trải nghiệm thực tế tại Khu chứng tích Sơn Mỹ",
    "Tổ Ngữ văn – Lịch sử và Địa lí",
    "2026-11-17T13:10:00+07:00",
    [
        P("Trong khuôn khổ Hoạt động trải nghiệm, hướng nghiệp và môn Lịch sử và Địa lí, ngày 15/11/2026, Tổ Ngữ văn – Lịch sử và Địa lí phối hợp với Liên đội tổ chức cho 168 học sinh khối 8 tham quan, học tập tại Khu chứng tích Sơn Mỹ."),
        P("Tại đây, các em được nghe thuyết minh về vụ thảm sát 504 thường dân vô tội ngày 16/3/1968;"),
        P("dâng hương tưởng niệm các nạn nhân và tham quan nhà trưng bày hiện vật.", "br"),
        Img(img_src(1259, 1763359800, "_sonmy_01.jpg"), "Học sinh dâng hương tại Đài tưởng niệm",
            "Học sinh dâng hương tại Đài tưởng niệm", "cell"),
        Img(img_src(1259, 1763359800, "_sonmy_02.jpg"), style="cell"),
        Img(img_src(1259, 1763359800, "_sonmy_03.jpg"), "Nghe thuyết minh tại nhà trưng bày",
            "Nghe thuyết minh tại nhà trưng bày", "cell"),
        Img(img_src(1259, 1763359800, "_sonmy_04.jpg"), style="cell"),
        P("Sau chuyến đi, mỗi nhóm học sinh hoàn thành một sản phẩm học tập: bài thu hoạch, tập san ảnh hoặc video ngắn giới thiệu về di tích."),
        P("“Em thấy rất xúc động khi nhìn những kỷ vật của các nạn nhân. Em hiểu hơn giá trị của hòa bình hôm nay”, em Võ Thị Ngọc Hân, lớp 8C chia sẻ.", "quote"),
        P("Hoạt động giúp học sinh hiểu sâu hơn kiến thức lịch sử, bồi dưỡng lòng yêu nước, ý thức trân trọng hòa bình và trách nhiệm giữ gìn các di tích lịch sử của quê hương."),
    ],
    authors=["Lê Thu Trang"],
)

A11 = Story(
    1235,
    "toa-dam-noi-khong-voi-bao-luc-hoc-duong-cho-hoc-sinh-khoi-6-7",
    "Tọa đàm “Nói không với bạo lực học đường” cho học sinh khối 6, 7",
    "Tin tức – Sự kiện",
    "2026-11-14",
    [
        P("Nhằm nâng cao nhận thức, kĩ năng phòng ngừa và ứng phó với bạo lực học đường cho học sinh, chiều ngày 13/11/2026, Trường THCS Lý Tự Trọng phối hợp với Công an xã Nghĩa Hành tổ chức buổi tọa đàm “Nói không với bạo lực học đường” cho gần 400 học sinh khối 6, 7."),
        Img(img_src(1235, 1763053200, "_toadam.jpg"), style="bare"),
        P("Tại buổi tọa đàm, Thượng úy Lê Quang Vinh, cán bộ Công an xã đã phân tích các hình thức bạo lực học đường thường gặp như bạo lực thể chất, bạo lực tinh thần, bạo lực trên không gian mạng; hậu quả và trách nhiệm pháp lí đối với người có hành vi bạo lực."),
        P("Học sinh được tham gia xử lí các tình huống giả định: bị bạn bè cô lập, bị đe dọa qua mạng xã hội, chứng kiến bạn bị đánh. Nhiều câu hỏi của các em được báo cáo viên giải đáp cụ thể, dễ hiểu."),
        P("Nhà trường cũng giới thiệu các kênh hỗ trợ dành cho học sinh khi gặp vấn đề:"),
        P("Gọi đường dây nóng của nhà trường: 0255 3 861 247;", "li"),
        P("Tổng đài quốc gia bảo vệ trẻ em: 111 (miễn phí, 24/24 giờ);", "li"),
        P("Hộp thư “Điều em muốn nói” đặt tại phòng Tư vấn học đường.", "li"),
        Raw('<p style="text-align: right;"><em><strong>Hoàng Thị Mai Anh</strong></em></p>'),
    ],
    authors=["Hoàng Thị Mai Anh"],
)

A10 = Story(
    1198,
    "lien-doi-sinh-hoat-duoi-co-chu-diem-tri-an-thay-co",
    "Liên đội sinh hoạt dưới cờ chủ điểm “Tri ân thầy cô”",
    "Liên đội TNTP Hồ Chí Minh",
    "2026-11-09T10:30:00+07:00",
    [
        P("Sáng thứ Hai, ngày 09/11/2026, Liên đội THCS Lý Tự Trọng tổ chức tiết sinh hoạt dưới cờ với chủ điểm “Tri ân thầy cô”, mở đầu đợt thi đua chào mừng 44 năm Ngày Nhà giáo Việt Nam."),
        P("Chi đội 7A dàn dựng tiểu phẩm “Người lái đò thầm lặng” kể về những kỉ niệm giữa thầy và trò. Nhiều bạn học sinh đã xúc động khi nghe những lá thư gửi thầy cô được đọc trước toàn trường ❤️"),
        Img(img_src(1198, 1762659000, "_sinhhoatduoico.jpg"), "Tiểu phẩm của Chi đội 7A", "Tiểu phẩm của Chi đội 7A", "fig"),
        P("Liên đội phát động các hoạt động thi đua: viết thư tri ân, làm báo tường, giành nhiều “bông hoa điểm 10” và thi văn nghệ giữa các chi đội. Kết quả sẽ được tổng kết tại Lễ kỷ niệm ngày 20/11."),
        P("Mỗi đội viên hãy là một bông hoa đẹp dâng tặng thầy cô bằng những việc làm cụ thể, thiết thực nhất!"),
    ],
    authors=["Trần Minh Đức"],
)

A9 = Story(
    1176,
    "sinh-hoat-to-chuyen-mon-theo-huong-nghien-cuu-bai-hoc-thang-10-2026",
    "Sinh hoạt tổ chuyên môn theo hướng nghiên cứu bài học tháng 10/2026",
    "Tổ Ngữ văn – Lịch sử và Địa lí",
    "2026-10-29T08:15:00+07:00",
    [
        P("Ngày 27/10/2026, Tổ Ngữ văn – Lịch sử và Địa lí tổ chức sinh hoạt chuyên môn theo hướng nghiên cứu bài học với tiết dạy minh họa bài “Thực hành: Vẽ biểu đồ và nhận xét về dân số Việt Nam” (Địa lí 9) tại lớp 9C."),
        P("Giáo viên dạy minh họa là thầy Nguyễn Hữu Phước. Tiết học được thiết kế theo chuỗi hoạt động: khởi động bằng trò chơi “Ai nhanh hơn”, hình thành kiến thức qua phiếu học tập, luyện tập vẽ biểu đồ trên giấy kẻ ô và vận dụng liên hệ với dân số địa phương."),
        P("Trong phần thảo luận, các giáo viên dự giờ tập trung phân tích việc học của học sinh: em nào gặp khó khăn, vì sao; nhóm nào hợp tác hiệu quả; thời điểm nào học sinh hứng thú nhất."),
        Img(img_src(1176, 1761700500, "_nghiencuubaihoc.jpg"),
            "Thầy Nguyễn Hữu Phước hướng dẫn học sinh vẽ biểu đồ",
            "Thầy Nguyễn Hữu Phước hướng dẫn học sinh vẽ biểu đồ", "fig"),
        P("Qua buổi sinh hoạt, tổ thống nhất một số giải pháp: giao nhiệm vụ vừa sức, tăng thời gian cho học sinh thực hành, giáo viên quan sát và hỗ trợ kịp thời các nhóm còn chậm."),
        Raw('<p style="text-align:right"><strong>Tổ Ngữ văn – Lịch sử và Địa lí</strong></p>'),
    ],
    authors=["Tổ Ngữ văn – Lịch sử và Địa lí"],
    opts={"nfd": True},
)

A8 = Story(
    1150,
    "ngoai-khoa-em-yeu-khoa-hoc-hoc-sinh-khoi-7-che-tao-ten-lua-nuoc",
    "Ngoại khóa “Em yêu khoa học”: học sinh khối 7 chế tạo tên lửa nước",
    "Tổ Khoa học Tự nhiên",
    "2026-10-23T16:40:00+07:00",
    [
        P("Chiều 22/10/2026, Tổ Khoa học Tự nhiên tổ chức buổi ngoại khóa “Em yêu khoa học” với nội dung chế tạo và thi phóng tên lửa nước cho học sinh khối 7."),
        P("Từ những vật liệu đơn giản như chai nhựa, bìa cứng, băng dính, các đội đã tự thiết kế tên lửa, tính toán lượng nước và áp suất phù hợp. Trước khi thi, các em được thầy cô hướng dẫn về định luật III Newton và nguyên lí chuyển động bằng phản lực."),
        Img(img_src(1150, 1761212400, "_tenluanuoc_1.jpg"), "(Học sinh lớp 7B chuẩn bị bệ phóng)",
            "Học sinh lớp 7B chuẩn bị bệ phóng", "pcap"),
        Img(img_src(1150, 1761212400, "_tenluanuoc_2.jpg"), "(Khoảnh khắc tên lửa của đội 7D rời bệ phóng)",
            "Khoảnh khắc tên lửa của đội 7D rời bệ phóng", "pcap"),
        P("Kết quả, đội lớp 7D giành giải Nhất với tên lửa bay xa 68 mét; giải Nhì thuộc về đội lớp 7A và giải Ba thuộc về đội lớp 7B."),
        P("Buổi ngoại khóa giúp học sinh vận dụng kiến thức vào thực tiễn, phát triển năng lực hợp tác và tinh thần yêu thích khám phá khoa học."),
        Raw(SIGN_R.format("Tin: Nguyễn Thị Hoa - Ảnh: Đỗ Quang Huy")),
    ],
    authors=["Nguyễn Thị Hoa"],
    photographers=["Đỗ Quang Huy"],
)

A7 = Story(
    1127,
    "hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    "Hội nghị viên chức, người lao động năm học 2026 - 2027",
    "Tin tức – Sự kiện",
    "2026-10-14T14:00:00+07:00",
    [
        P("Chiều ngày 13/10/2026, Trường THCS Lý Tự Trọng tổ chức Hội nghị viên chức, người lao động năm học 2026 - 2027. Tham dự hội nghị có 52 cán bộ, giáo viên, nhân viên của nhà trường."),
        P("Hội nghị đã nghe báo cáo tổng kết năm học 2025 - 2026 và phương hướng, nhiệm vụ năm học 2026 - 2027; báo cáo công khai tài chính; báo cáo hoạt động của Ban Thanh tra nhân dân và thảo luận sửa đổi, bổ sung Quy chế chi tiêu nội bộ."),
        Img(img_src(1127, 1760425200, "_hoinghivienchuc.jpg"), "Ảnh: Lê Văn Nam", None, "pcap"),
        P("Năm học 2025 - 2026, nhà trường có 96,8% học sinh được đánh giá kết quả học tập từ mức Đạt trở lên; 100% học sinh lớp 9 được công nhận tốt nghiệp trung học cơ sở; 14 học sinh đạt giải học sinh giỏi cấp tỉnh."),
        P("Hội nghị đã biểu quyết thông qua Nghị quyết với 100% đại biểu tán thành và phát động phong trào thi đua năm học mới."),
        Raw('<p align="right"><b>Tổ Văn phòng</b></p>'),
    ],
    authors=["Tổ Văn phòng"],
    photographers=["Lê Văn Nam"],
)

A6 = Story(
    1103,
    "huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
    "Hưởng ứng Tuần lễ học tập suốt đời năm 2026",
    "Tin tức – Sự kiện",
    "2026-10-06T09:30:00+07:00",
    [
        P("Tuần lễ hưởng ứng học tập suốt đời năm 2026 được tổ chức từ ngày 01/10 đến ngày 07/10/2026 với chủ đề “Học tập suốt đời – chìa khóa thích ứng với chuyển đổi số”."),
        P("Theo kế hoạch, các nhà trường tổ chức lễ khai mạc, các hoạt động đọc sách, giới thiệu sách và xây dựng thư viện thân thiện; khuyến khích cán bộ, giáo viên và học sinh tham gia các khóa học trực tuyến, khai thác học liệu số."),
        P("Hưởng ứng Tuần lễ, Trường THCS Lý Tự Trọng đã tổ chức ngày hội đọc sách với sự tham gia của hơn 700 học sinh, trưng bày 1.200 đầu sách và phát động phong trào “Mỗi tháng một cuốn sách” trong toàn trường."),
        Img(img_src(1103, 1759717800, "_ngayhoidocsach.jpg"),
            "Học sinh tham gia ngày hội đọc sách tại thư viện trường",
            "Học sinh tham gia ngày hội đọc sách tại thư viện trường", "fig"),
        P("Thư viện nhà trường mở cửa cả buổi trưa, đồng thời đưa vào sử dụng tủ sách điện tử với hơn 300 đầu sách để học sinh đọc trên máy tính và điện thoại."),
        Raw('<p style="text-align:right"><em>Theo Báo Quảng Ngãi</em></p>'),
    ],
    source="Báo Quảng Ngãi",
)


def _c(guid: int, user: str, when: datetime, *paras: str) -> Comment:
    return Comment(guid, user, when, paras)


_A10_TALK = [
    ("baongoc7a", "Tiểu phẩm của lớp 7A hay quá ạ, em xem mà khóc luôn 😭"),
    ("hoangvantu1979", "Chương trình rất ý nghĩa. Cảm ơn Liên đội và các thầy cô."),
    ("ductm.tpt", "Cảm ơn phụ huynh đã quan tâm, theo dõi hoạt động của Liên đội ạ."),
    ("baongoc7a", "Thầy ơi khi nào nộp báo tường ạ?"),
    ("ductm.tpt", "Các chi đội nộp báo tường về phòng Đội trước ngày 17/11 nhé."),
    ("baongoc7a", "Dạ em cảm ơn thầy ạ!"),
    ("hoangvantu1979", "Năm nay có thi văn nghệ giữa các chi đội không thầy?"),
    ("ductm.tpt", "Dạ có anh, vòng sơ khảo ngày 16/11, chung kết tại buổi lễ 20/11."),
    ("tranglt_nv", "Chi đội 7A giỏi quá, cô tự hào về các em!"),
    ("baongoc7a", "Tụi em cảm ơn cô Trang ạ ❤️"),
    ("hoangvantu1979", "Chúc Liên đội đạt nhiều thành tích trong đợt thi đua."),
    ("hoant_khtn", "Các em nhớ giữ nề nếp học tập tốt để có nhiều bông hoa điểm 10 nhé."),
    ("baongoc7a", "Lớp em được 32 bông hoa điểm 10 tuần này rồi ạ!"),
    ("ductm.tpt", "Tuyệt vời! Tiếp tục phát huy nhé các em."),
]

POSTS: list[Post] = [
    Post(A5, 58, "tranglt_nv", utc(2026, 12, 4, 10, 0), ("chuyên đề",), likes=9,
         comments=[
             _c(1374, "hoant_khtn", utc(2026, 12, 4, 14, 12), "Chuyên đề rất thiết thực, tổ KHTN sẽ học tập cách tổ chức trạm học tập này."),
             _c(1376, "tranglt_nv", utc(2026, 12, 4, 20, 41), "Cảm ơn chị Hoa ạ!"),
         ]),
    Post(A4, 63, "ductm.tpt", utc(2026, 12, 3, 19, 5), ("liên đội",), likes=31),
    Post(A3, 57, "hoant_khtn", utc(2026, 12, 2, 15, 20), ("khtn", "chuyên đề"), likes=14,
         comments=[_c(1358, "tranglt_nv", utc(2026, 12, 2, 21, 3), "Chúc mừng các thầy cô Tổ KHTN!")]),
    Post(A2, 41, "bbt_ltt", utc(2026, 12, 1, 8, 10), (), likes=6),
    Post(A13, 41, "bbt_ltt", utc(2026, 11, 25, 20, 15), ("khtn",), likes=57, featured=True,
         comments=[
             _c(1303, "hoangvantu1979", utc(2026, 11, 25, 21, 30), "Chúc mừng hai cháu và cô giáo hướng dẫn!"),
             _c(1305, "baongoc7a", utc(2026, 11, 26, 6, 50), "Anh chị lớp 9A giỏi quá ạ 👏👏"),
         ]),
    Post(A1, 41, "bbt_ltt", utc(2026, 11, 21, 6, 30), ("liên đội",), likes=88, featured=True,
         comments=[
             _c(1290, "hoangvantu1979", utc(2026, 11, 21, 7, 2), "Chúc các thầy cô luôn mạnh khỏe, hạnh phúc và thành công trong sự nghiệp trồng người!"),
             _c(1292, "baongoc7a", utc(2026, 11, 21, 9, 45), "Em cảm ơn thầy cô đã luôn tận tâm dạy dỗ chúng em ạ 💐"),
             _c(1294, "bbt_ltt", utc(2026, 11, 21, 10, 5), "Cảm ơn quý phụ huynh và các em học sinh!"),
         ]),
    Post(A12, 58, "tranglt_nv", utc(2026, 11, 17, 13, 10), (), likes=23),
    Post(A11, 41, "bbt_ltt", utc(2026, 11, 14, 0, 0), (), likes=19, updated_utc=utc(2026, 12, 1, 9, 15),
         comments=[
             _c(1240, "hoangvantu1979", utc(2026, 11, 14, 19, 22),
                "Cảm ơn nhà trường đã tổ chức buổi tọa đàm rất ý nghĩa.",
                "Con tôi học lớp 7, về nhà kể lại rất nhiều điều được nghe chú công an chia sẻ, nhất là chuyện bị bắt nạt trên mạng. Gia đình chúng tôi cũng đã ngồi lại nói chuyện với cháu về cách sử dụng mạng xã hội an toàn.",
                "Mong nhà trường tổ chức thêm những buổi như thế này cho cả phụ huynh cùng tham gia."),
         ]),
    Post(A10, 63, "ductm.tpt", utc(2026, 11, 9, 10, 30), ("liên đội",), likes=42,
         comments=[_c(1200 + i, who, utc(2026, 11, 9, 11, 0) + timedelta(hours=5 * i), said)
                   for i, (who, said) in enumerate(_A10_TALK)]),
    Post(A9, 58, "tranglt_nv", utc(2026, 10, 29, 8, 15), ("chuyên đề",), likes=7,
         old_slug="sinh-hoat-to-chuyen-mon-thang-10"),
    Post(A8, 57, "hoant_khtn", utc(2026, 10, 23, 16, 40), ("khtn",), likes=36),
    Post(A7, 41, "bbt_ltt", utc(2026, 10, 14, 14, 0), (), likes=11),
    Post(A6, 41, "bbt_ltt", utc(2026, 10, 6, 9, 30), (), likes=15,
         old_slug="huong-ung-tuan-le-hoc-tap-suot-doi"),
]
BY_GUID = {p.guid: p for p in POSTS}
#: a members-only blog a public post links to: logged-out visitors are sent to the login page
MEMBERS_ONLY = {1360: "de-cuong-on-tap-cuoi-hoc-ki-i-mon-khtn-8"}


# --- the text as the editors left it --------------------------------------------------------

_WORD_SPAN = 'lang="VI" style="font-size:14.0pt;line-height:115%;font-family:&quot;Times New Roman&quot;,serif"'
_FB_DIV = '<div class="x11i5rnm xat24cr x1mh8g0r x1vvkbs xtlvy1s x126k92a"><div dir="auto" style="text-align: start;">{}</div></div>'


def _nfd(markup: str, story: Story) -> str:
    return unicodedata.normalize("NFD", markup) if story.opts.get("nfd") else markup


def _t(value: str, story: Story) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")))


def _img_tag(img: Img, b: str, extra: str = "") -> str:
    return f'<img alt="" src="{b}{esc(img.src)}"{extra}>'


def _paragraph(p: P, story: Story, b: str) -> str:
    t = _t(p.text, story)
    style = p.style
    if style == "mso":
        return (f'<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:1.0cm;'
                f'line-height:115%"><span {_WORD_SPAN}>{t}<o:p></o:p></span></p>')
    if style == "msolist":
        return ('<p class="MsoListParagraphCxSpMiddle" style="margin-left:1.0cm;text-align:justify;'
                'text-indent:-18.0pt;mso-list:l0 level1 lfo1"><!--[if !supportLists]-->'
                f'<span {_WORD_SPAN}><span style="mso-list:Ignore">-<span style="font:7.0pt &quot;Times New Roman&quot;">'
                '&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->'
                f'<span {_WORD_SPAN}>{t}<o:p></o:p></span></p>')
    if style.startswith("sup:"):
        _, anchor, num = style.split(":")
        head, tail = p.text.split(anchor, 1)
        return (f'<p style="text-align:justify">{_t(head + anchor, story)}<sup><a href="#_ftn{num}" '
                f'name="_ftnref{num}" title="">{num}</a></sup>{_t(tail, story)}</p>')
    if style == "h":
        return f'<h4 style="color:#1f4e79">{t}</h4>'
    if style in ("hb", "lead"):
        return f'<p style="text-align:justify"><strong>{t}</strong></p>'
    if style == "ref":
        return f'<p style="margin-left:20px;text-align:justify"><span style="font-size:13px">{t}</span></p>'
    if style == "quote":
        return f'<blockquote>\n<p><em>{t}</em></p>\n</blockquote>'
    if style == "fb":
        return _FB_DIV.format(t)
    if style.startswith("fbemo:"):
        _, emoji, sheet, code = style.split(":")
        pic = (f'<span class="html-span xexx8yu x4uap5 x18d9i69 xkhd6sd x1hl2dhg x16tdsg8 x1vvkbs x3nfvp2 x1j61x8r '
               f'x1fcty0u xdj266r xat24cr xgzva0m xhhsvwb xxymvpz xlup9mm x1kky2od"><img height="16" width="16" '
               f'alt="{emoji}" referrerpolicy="origin-when-cross-origin" src="{_FB.format(sheet, code)}"></span>')
        return _FB_DIV.format(f"{pic} {t}")
    return f'<p style="text-align:justify">{t}</p>'


def _table(rows: list[P], story: Story) -> str:
    out = ['<table border="1" cellpadding="4" cellspacing="0" class="MsoTableGrid" '
           'style="width:100%;border-collapse:collapse;border:none">', "<tbody>"]
    for row in rows:
        cells = row.text.split(" | ")
        if row.style == "th":
            tds = "".join(f'<td style="background:#dbe5f1;text-align:center"><strong>{_t(c, story)}</strong></td>' for c in cells)
        else:
            tds = "".join(f"<td>{_t(c, story)}</td>" for c in cells)
        out.append(f"<tr>{tds}</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def _figure(img: Img, story: Story, b: str) -> str:
    printed = _t(img.printed, story) if img.printed else None
    if img.style == "fig":
        cap = f"<figcaption>{printed}</figcaption>" if printed else ""
        tag = _img_tag(img, b, ' width="800" height="533"')
        return f'<figure class="image">{tag}{cap}</figure>'
    if img.style == "pcap":
        tag = _img_tag(img, b, ' style="width:640px;height:427px"')
        out = f'<p style="text-align:center">{tag}</p>'
        if printed:
            out += f'\n<p style="text-align:center"><em><span style="font-size:12px">{printed}</span></em></p>'
        return out
    if img.style == "fbimg":
        return (f'<div class="x10l6tqk x13vifvy"><img height="540" width="720" '
                f'alt="Có thể là hình ảnh về 8 người, trẻ em và văn bản" src="{b}{esc(img.src)}"></div>')
    tag = _img_tag(img, b, ' style="width:640px"')
    return f'<p style="text-align:center">{tag}</p>'


def _gallery(cells: list[Img], story: Story, b: str) -> str:
    out = ['<table cellpadding="4" cellspacing="0" style="width:100%">', "<tbody>"]
    for i in range(0, len(cells), 2):
        tds = []
        for img in cells[i:i + 2]:
            line = f'<br>\n<em><span style="font-size:12px">{_t(img.printed, story)}</span></em>' if img.printed else ""
            tag = _img_tag(img, b, ' style="width:100%"')
            tds.append(f'<td style="text-align:center;width:50%">{tag}{line}</td>')
        out.append("<tr>" + "".join(tds) + "</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def render_body(story: Story, b: str) -> str:
    """The blog's description field as Elgg's output/longtext prints it."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, Raw):
            out.append(_nfd(block.html, story))
            i += 1
        elif isinstance(block, Img) and block.style == "cell":
            j = i
            while j < len(blocks) and isinstance(blocks[j], Img) and blocks[j].style == "cell":
                j += 1
            out.append(_gallery(list(blocks[i:j]), story, b))
            i = j
        elif isinstance(block, Img):
            out.append(_figure(block, story, b))
            i += 1
        elif block.style in ("th", "tr"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style in ("th", "tr"):
                j += 1
            out.append(_table(list(blocks[i:j]), story))
            i = j
        elif block.style == "li":
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == "li":
                j += 1
            out.append("<ul>\n" + "\n".join(f"<li>{_t(x.text, story)}</li>" for x in blocks[i:j]) + "\n</ul>")
            i = j
        else:
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if isinstance(nxt, P) and nxt.style == "br":
                out.append(f'<p style="text-align:justify">{_t(block.text, story)}<br>\n{_t(nxt.text, story)}</p>')
                i += 2
            else:
                out.append(_paragraph(block, story, b))
                i += 1
    return "\n".join(out)


def excerpt(story: Story, limit: int = 250) -> str:
    """elgg_get_excerpt(): the blog's excerpt field, or the text cut at a word near ``limit``."""
    if story.summary and story.sapo_outside:
        return story.summary
    first = " ".join(p for p in story.paragraphs)
    if len(first) <= limit:
        return first
    cut = first[:limit].rsplit(" ", 1)[0]
    return cut + "..."


# --- the other entities: pages, files, an album, a clip, an event (not articles) ------------

@dataclass(frozen=True)
class Thing:
    """A non-blog entity with its own full view."""

    kind: str  # pages | file | album | video | event
    guid: int
    slug: str
    title: str
    owner: str
    utc: datetime
    html: str
    group: int | None = None

    @property
    def path(self) -> str:
        prefix = {
            "pages": "/pages/view", "file": "/file/view", "album": "/photos/album",
            "video": "/videolist/watch", "event": "/event_manager/event/view",
        }[self.kind]
        return f"{prefix}/{self.guid}/{self.slug}"


def _download(guid: int, stamp: int, name: str) -> str:
    return f"/serve-file/e0/l{stamp}/da/c0/{(guid * 31337) % 99991:05d}Xf{guid % 89:02d}/{guid}/file/{name}"


_ALBUM_PICS = [
    ("1297", "Quang cảnh buổi lễ"), ("1298", "Tiết mục múa “Bụi phấn”"), ("1299", "Học sinh tặng hoa thầy cô"),
    ("1300", "Các thế hệ nhà giáo chụp ảnh lưu niệm"), ("1302", "Trao giấy khen giáo viên"),
    ("1304", "Đại diện cha mẹ học sinh phát biểu"),
]

THINGS = {
    t.path: t
    for t in (
        Thing("pages", 31, "gioi-thieu-chung", "Giới thiệu chung", "bbt_ltt", utc(2026, 9, 3, 8, 0), """
<p>Trường THCS Lý Tự Trọng được thành lập năm 1978, tiền thân là Trường cấp II Hành Thuận. Qua gần 50 năm xây dựng và phát triển, nhà trường đã trở thành một trong những đơn vị dẫn đầu phong trào thi đua của ngành giáo dục địa phương.</p>
<p>Năm học 2026 - 2027, nhà trường có 24 lớp với 968 học sinh; 56 cán bộ, giáo viên, nhân viên, trong đó 100% giáo viên đạt chuẩn và trên chuẩn trình độ đào tạo.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Khối</b></td><td><b>Số lớp</b></td><td><b>Số học sinh</b></td></tr>
<tr><td>6</td><td>6</td><td>251</td></tr><tr><td>7</td><td>6</td><td>244</td></tr>
<tr><td>8</td><td>6</td><td>239</td></tr><tr><td>9</td><td>6</td><td>234</td></tr>
</table>
<p>Nhà trường được công nhận đạt chuẩn quốc gia mức độ 2 năm 2022 và đạt kiểm định chất lượng giáo dục cấp độ 3.</p>
<p>LTT Connect là mạng xã hội học tập nội bộ của nhà trường, nơi cán bộ, giáo viên, học sinh và cha mẹ học sinh trao đổi, chia sẻ thông tin. Tin tức công khai được đăng tại mục Tin tức.</p>"""),
        Thing("pages", 32, "co-cau-to-chuc", "Cơ cấu tổ chức", "bbt_ltt", utc(2026, 9, 3, 8, 20), """
<p><b>Ban Giám hiệu</b></p>
<ul><li>Hiệu trưởng: Thầy Phạm Văn Long – ĐT: 0905 112 386</li>
<li>Phó Hiệu trưởng: Cô Nguyễn Thị Thanh Hương – ĐT: 0914 530 227</li>
<li>Phó Hiệu trưởng: Thầy Võ Văn Hùng – ĐT: 0983 441 096</li></ul>
<p><b>Các tổ chuyên môn</b></p>
<ul><li>Tổ Khoa học Tự nhiên – Tổ trưởng: Cô Nguyễn Thị Hoa</li>
<li>Tổ Ngữ văn – Lịch sử và Địa lí – Tổ trưởng: Cô Lê Thu Trang</li>
<li>Tổ Ngoại ngữ – Nghệ thuật – Thể chất – Tổ trưởng: Thầy Đặng Văn Khôi</li>
<li>Tổ Văn phòng – Tổ trưởng: Cô Trương Thị Hằng</li></ul>
<p><b>Các tổ chức đoàn thể:</b> Chi bộ, Công đoàn, Chi đoàn, Liên đội TNTP Hồ Chí Minh.</p>"""),
        Thing("pages", 33, "lien-he", "Liên hệ", "bbt_ltt", utc(2026, 9, 3, 8, 30), """
<p><b>TRƯỜNG THCS LÝ TỰ TRỌNG</b></p>
<p>Địa chỉ: Thôn Phú Lâm Đông, xã Nghĩa Hành, tỉnh Quảng Ngãi</p>
<p>Điện thoại: 0255 3 861 247 – Hotline tư vấn học đường: 0905 112 386</p>
<p>Email: c2lytutrong@quangngai.edu.vn</p>
<p><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3872.1!2d108.78!3d15.05" width="600" height="320" style="border:0" loading="lazy"></iframe></p>"""),
        Thing("file", 1312, "thong-bao-so-58-tb-thcsltt-lich-kiem-tra-cuoi-hoc-ki-i",
              "Thông báo số 58/TB-THCSLTT về lịch kiểm tra cuối học kì I năm học 2026 - 2027", "bbt_ltt",
              utc(2026, 12, 1, 8, 5), f"""
<p>Thông báo lịch kiểm tra cuối học kì I năm học 2026 - 2027 (bản scan có chữ ký, đóng dấu).</p>
<div class="elgg-file-info"><table class="elgg-table-alt">
<tr><td>Tên tệp</td><td>TB_58_lich_kiem_tra_HKI_2026-2027.pdf</td></tr>
<tr><td>Kích thước</td><td>214 KB</td></tr><tr><td>Loại tệp</td><td>application/pdf</td></tr></table></div>
<p><a class="elgg-button elgg-button-action" href="{{b}}{_download(1312, 1764551100, 'TB_58_lich_kiem_tra_HKI_2026-2027.pdf')}">Tải về</a></p>""", 41),
        Thing("file", 1090, "ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027",
              "Kế hoạch giáo dục nhà trường năm học 2026 - 2027", "bbt_ltt", utc(2026, 10, 2, 15, 0), f"""
<p>Kế hoạch số 97/KH-THCSLTT ngày 05/9/2026 về kế hoạch giáo dục nhà trường năm học 2026 - 2027.</p>
<div class="elgg-file-info"><table class="elgg-table-alt">
<tr><td>Tên tệp</td><td>KH_97_KHGD_nha_truong_2026-2027.pdf</td></tr>
<tr><td>Kích thước</td><td>1,2 MB</td></tr><tr><td>Loại tệp</td><td>application/pdf</td></tr></table></div>
<p><a class="elgg-button elgg-button-action" href="{{b}}{_download(1090, 1759392000, 'KH_97_KHGD_nha_truong_2026-2027.pdf')}">Tải về</a></p>""", 41),
        Thing("album", 1296, "le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
              "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam", "bbt_ltt", utc(2026, 11, 21, 16, 20),
              "<p>Một số hình ảnh tại Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026.</p>\n"
              '<ul class="elgg-gallery tidypics-gallery">\n' + "\n".join(
                  f'<li class="elgg-item"><div class="tidypics-photo-item"><a class="tidypics-lightbox" '
                  f'href="{{b}}/serve-file/e0/l1763716800/di/c0/tp{pid}/{pid}/image/{pid}master.jpg">'
                  f'<img class="elgg-photo" alt="{esc(cap)}" src="{{b}}/serve-file/e0/l1763716800/di/c0/tp{pid}/{pid}/image/{pid}thumb.jpg"></a>'
                  f'<p class="tidypics-title">{esc(cap)}</p></div></li>'
                  for pid, cap in _ALBUM_PICS) + "\n</ul>", 41),
        Thing("video", 1320, "clip-van-nghe-chao-mung-20-11", "Clip văn nghệ chào mừng 20/11/2026", "ductm.tpt",
              utc(2026, 11, 22, 9, 10), """
<div class="videolist-embed"><iframe width="640" height="360" src="https://www.youtube.com/embed/Qx7vT2mPz4k" title="YouTube video player" frameborder="0" allowfullscreen></iframe></div>
<p>Tiết mục hát múa “Bụi phấn” của Chi đội 9B tại Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.</p>""", 63),
        Thing("event", 1380, "hoi-nghi-cha-me-hoc-sinh-cuoi-hoc-ki-i", "Hội nghị cha mẹ học sinh cuối học kì I",
              "bbt_ltt", utc(2026, 12, 4, 16, 0), """
<div class="event-manager-event-view-details"><table class="elgg-table-alt">
<tr><td><b>Bắt đầu</b></td><td>07:30 Thứ Bảy, 26/12/2026</td></tr>
<tr><td><b>Kết thúc</b></td><td>10:30 Thứ Bảy, 26/12/2026</td></tr>
<tr><td><b>Địa điểm</b></td><td>Hội trường Trường THCS Lý Tự Trọng</td></tr>
<tr><td><b>Đơn vị tổ chức</b></td><td>Ban Giám hiệu</td></tr></table></div>
<p>Nhà trường tổ chức hội nghị cha mẹ học sinh toàn trường để thông báo kết quả học tập, rèn luyện học kì I và bàn biện pháp phối hợp giáo dục học sinh trong học kì II.</p>
<p>Đề nghị quý phụ huynh sắp xếp thời gian tham dự đầy đủ, đúng giờ.</p>
<p><a class="elgg-button elgg-button-submit" href="{b}/login">Đăng nhập để đăng kí tham dự</a></p>""", 41),
    )
}
FILE_DOWNLOADS = {
    _download(1312, 1764551100, "TB_58_lich_kiem_tra_HKI_2026-2027.pdf"),
    _download(1090, 1759392000, "KH_97_KHGD_nha_truong_2026-2027.pdf"),
}


# --- Elgg's clock: <time> in the server's UTC, friendly text -------------------------------


def friendly(dt: datetime) -> str:
    diff = int((NOW_UTC - dt).total_seconds())
    if diff < 60:
        return "vừa xong"
    if diff < 3600:
        return f"{diff // 60} phút trước"
    if diff < 86400:
        return f"{diff // 3600} giờ trước"
    days = diff // 86400
    if days == 1:
        return "hôm qua"
    if days <= 30:
        return f"{days} ngày trước"
    return f"{dt.day} Tháng {dt.month}, {dt.year}"


def time_tag(dt: datetime) -> str:
    """output/friendlytime: machine time and tooltip in the server's zone (UTC), relative text."""
    h12 = dt.hour % 12 or 12
    ampm = "am" if dt.hour < 12 else "pm"
    title = f"{dt.day} Tháng {dt.month} {dt.year} @ {h12}:{dt.minute:02d}{ampm}"
    return f'<time datetime="{dt.isoformat()}" title="{title}">{friendly(dt)}</time>'


def avatar(user: User, b: str, size: str = "small") -> str:
    px = {"tiny": 25, "small": 40, "medium": 100}[size]
    src = f"{b}/serve-file/e0/l1700000000/di/c0/av{user.guid:04d}/{user.guid}/profile/{user.guid}{size}.jpg"
    return (f'<div class="elgg-avatar elgg-avatar-{size}"><a href="{b}/profile/{user.username}" '
            f'class="elgg-avatar-image"><img src="{src}" alt="{esc(user.name)}" title="{esc(user.name)}" '
            f'width="{px}" height="{px}"></a></div>')


def user_link(user: User, b: str) -> str:
    return f'<a href="{b}/profile/{user.username}">{esc(user.name)}</a>'


def group_url(g: Group, b: str) -> str:
    return f"{b}/groups/profile/{g.guid}/{g.slug}"


def tag_url(tag: str, b: str) -> str:
    return f"{b}/search?q={quote(tag)}&amp;search_type=tags"


def tags_html(tags: tuple[str, ...], b: str) -> str:
    if not tags:
        return ""
    items = "".join(f'<li class="elgg-tag"><a href="{tag_url(t, b)}" rel="tag">{esc(t)}</a></li>' for t in tags)
    return (f'<div class="elgg-listing-summary-tags"><div class="elgg-tags-container">'
            f'<span class="elgg-icon fas fa-tag elgg-icon-tag"></span><ul class="elgg-tags">{items}</ul></div></div>')


def pagination(base: str, offset: int, total: int, per: int, fragment: str = "") -> str:
    """navigation/pagination: « Trước 1 2 3 Tiếp », every link with its ``offset``."""
    if total <= per:
        return ""
    sep = "&amp;" if "?" in base else "?"
    pages = (total + per - 1) // per
    cur = offset // per
    items = []
    if cur == 0:
        items.append('<li class="elgg-state-disabled"><span>« Trước</span></li>')
    else:
        items.append(f'<li><a href="{base}{sep}offset={(cur - 1) * per}{fragment}">« Trước</a></li>')
    for i in range(pages):
        if i == cur:
            items.append(f'<li class="elgg-state-selected"><span>{i + 1}</span></li>')
        else:
            items.append(f'<li><a href="{base}{sep}offset={i * per}{fragment}">{i + 1}</a></li>')
    if cur >= pages - 1:
        items.append('<li class="elgg-state-disabled"><span>Tiếp »</span></li>')
    else:
        items.append(f'<li><a href="{base}{sep}offset={(cur + 1) * per}{fragment}">Tiếp »</a></li>')
    return f'<nav class="elgg-pagination-container"><ul class="elgg-pagination">{"".join(items)}</ul></nav>'


# --- the page shell: Elgg 5 topbar, the school theme's banner and menu, footer ---------------


def _menu(b: str) -> str:
    def child(items: list[tuple[str, str]]) -> str:
        lis = "".join(f'<li class="elgg-menu-item-{i}"><a href="{b}{href}" class="elgg-anchor elgg-menu-content">'
                      f'<span class="elgg-anchor-label">{esc(label)}</span></a></li>'
                      for i, (label, href) in enumerate(items))
        return f'<ul class="elgg-menu elgg-child-menu">{lis}</ul>'

    def parent(key: str, label: str, items: list[tuple[str, str]]) -> str:
        return (f'<li class="elgg-menu-item-{key} elgg-menu-item-has-dropdown"><a href="javascript:void(0);" '
                f'class="elgg-anchor elgg-menu-content elgg-menu-parent elgg-menu-closed" data-toggle-selector=".elgg-child-menu">'
                f'<span class="elgg-anchor-label">{esc(label)}</span><span class="elgg-icon fas fa-angle-down elgg-menu-closed-icon"></span></a>'
                f"{child(items)}</li>")

    def leaf(key: str, label: str, href: str) -> str:
        return (f'<li class="elgg-menu-item-{key}"><a href="{b}{href}" class="elgg-anchor elgg-menu-content">'
                f'<span class="elgg-anchor-label">{esc(label)}</span></a></li>')

    groups = [(g.name, f"/groups/profile/{g.guid}/{g.slug}") for g in GROUPS.values()]
    return "\n".join([
        '<nav class="elgg-menu-container elgg-menu-site-container" data-menu-name="site">'
        '<ul class="elgg-menu elgg-menu-site elgg-menu-site-default" data-menu-section="default">',
        leaf("trang-chu", "Trang chủ", "/"),
        parent("gioi-thieu", "Giới thiệu", [("Giới thiệu chung", THINGS_BY_GUID[31].path),
                                             ("Cơ cấu tổ chức", THINGS_BY_GUID[32].path)]),
        leaf("blog", "Tin tức", "/blog/all"),
        parent("groups", "Tổ – Nhóm", [("Tất cả các nhóm", "/groups/all"), *groups]),
        leaf("activity", "Hoạt động", "/activity"),
        parent("van-ban", "Văn bản", [("Thông báo lịch kiểm tra HKI", THINGS_BY_GUID[1312].path),
                                      ("Kế hoạch giáo dục 2026 - 2027", THINGS_BY_GUID[1090].path)]),
        parent("thu-vien", "Thư viện", [("Album ảnh", THINGS_BY_GUID[1296].path),
                                        ("Video clip", THINGS_BY_GUID[1320].path)]),
        leaf("su-kien", "Lịch – Sự kiện", THINGS_BY_GUID[1380].path),
        leaf("lien-he", "Liên hệ", THINGS_BY_GUID[33].path),
        "</ul></nav>",
    ])


def _box(title: str, inner: str, num: int) -> str:
    return (f'<div class="elgg-module elgg-module-aside" id="ltt_khoi_{num}"><div class="elgg-head">'
            f'<h3 class="elgg-module-title" style="background:#0b5394;color:#fff;padding:4px 8px">{esc(title)}</h3></div>'
            f'<div class="elgg-body">{inner}</div></div>')


def common_sidebar(b: str) -> str:
    featured = [p for p in POSTS if p.featured]
    tieudiem = "".join(
        f'<li style="margin-bottom:6px"><a href="{b}/blog/view/{p.guid}"><img src="{b}{p.story.images[0].src}" '
        f'alt="" style="width:72px;height:48px;float:left;margin-right:6px">{esc(p.story.title)}</a>'
        f'<div style="clear:both"></div></li>'
        for p in featured
    )
    notice = BY_GUID[1342]
    thongbao = (f'<marquee direction="up" scrollamount="2" height="80" onmouseover="this.stop()" onmouseout="this.start()">'
                f'<p>&raquo; <a href="{b}{notice.path}">{esc(notice.story.title)}</a> '
                f'<img src="{b}/mod/ltt_theme/graphics/new.gif" alt="new"></p>'
                f'<p>&raquo; <a href="{b}{THINGS_BY_GUID[1380].path}">Hội nghị cha mẹ học sinh cuối học kì I (26/12/2026)</a></p></marquee>')
    poll = (f'<form action="{b}/action/poll/vote" method="post" class="elgg-form elgg-form-poll-vote">'
            '<input type="hidden" name="__elgg_token" value="k3Xn9pQ2LmZ8vR1t"><input type="hidden" name="__elgg_ts" value="1764903600">'
            '<input type="hidden" name="guid" value="977"><p><b>Bạn thường đọc tin tức của trường qua kênh nào?</b></p>'
            '<label><input type="radio" name="response" value="1"> Website LTT Connect</label><br>'
            '<label><input type="radio" name="response" value="2"> Nhóm Zalo lớp</label><br>'
            '<label><input type="radio" name="response" value="3"> Fanpage Facebook của trường</label><br>'
            '<label><input type="radio" name="response" value="4"> Ứng dụng eNetViet</label><br>'
            '<input type="submit" class="elgg-button elgg-button-submit" value="Bình chọn"></form>')
    links = ('<select onchange="if(this.value)window.open(this.value)" style="width:100%">'
             '<option value="">-- Liên kết website --</option>'
             '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
             '<option value="https://sgddt.quangngai.gov.vn">Sở GD&amp;ĐT Quảng Ngãi</option>'
             '<option value="https://csdl.moet.gov.vn">Cơ sở dữ liệu ngành</option>'
             '<option value="https://taphuan.csdl.edu.vn">Tập huấn giáo viên</option></select>'
             '<p style="margin-top:6px"><a href="https://www.facebook.com/thcslytutrong.nghiahanh" target="_blank">'
             f'<img src="{b}/mod/ltt_theme/graphics/fanpage.png" alt="Fanpage"></a></p>')
    counter = ('<table style="width:100%;font-size:12px" id="tk_truy_cap"><tr><td>Đang online:</td><td align="right">23</td></tr>'
               '<tr><td>Hôm nay:</td><td align="right">412</td></tr><tr><td>Hôm qua:</td><td align="right">1.087</td></tr>'
               '<tr><td>Tổng truy cập:</td><td align="right">1.284.907</td></tr></table>')
    return "\n".join([
        _box("Tiêu điểm", f'<ul class="ltt-tieudiem">{tieudiem}</ul>', 1),
        _box("Thông báo", thongbao, 2),
        _box("Bình chọn", poll, 3),
        _box("Liên kết", links, 4),
        _box("Thống kê truy cập", counter, 5),
    ])


def page(request: Request, *, title: str, heading: str, crumbs: list[tuple[str, str | None]], content: str,
         sidebar: str = "", canonical: str | None = None, description: str | None = None,
         og_type: str = "website", rss: str | None = None, context: str = "blog") -> Response:
    b = base_url(request)
    crumb_html = "".join(
        f'<li><a href="{b}{href}">{esc(label)}</a></li>' if href else f"<li>{esc(label)}</li>"
        for label, href in [("Trang chủ", "/"), *crumbs]
    )
    head_extra = []
    if canonical:
        head_extra.append(f'<link rel="canonical" href="{b}{canonical}">')
        head_extra.append(f'<meta property="og:url" content="{b}{canonical}">')
    if description:
        head_extra.append(f'<meta name="description" content="{esc(description)}">')
        head_extra.append(f'<meta property="og:description" content="{esc(description)}">')
    if rss:
        head_extra.append(f'<link rel="alternate" type="application/rss+xml" title="RSS" href="{b}{rss}">')
    doc = f"""<!DOCTYPE html>
<html lang="vi" data-page-context="{context}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)} : LTT Connect</title>
<meta property="og:site_name" content="{esc(SITE_NAME)}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="{og_type}">
{chr(10).join(head_extra)}
<link rel="icon" href="{b}/_graphics/favicon.ico">
<link rel="stylesheet" href="{b}/cache/1764300211/default/elgg.css">
<link rel="stylesheet" href="{b}/cache/1764300211/default/ltt_theme/khung.css">
<script>var elgg = {{"config":{{"lastcache":1764300211,"viewtype":"default","simplecache_enabled":1,"current_language":"vi"}},"security":{{"token":{{"__elgg_ts":1764903600,"__elgg_token":"k3Xn9pQ2LmZ8vR1t"}}}},"session":{{"user":null}},"_data":{{}}}};</script>
</head>
<body class="elgg-page-body-{context}">
<div class="elgg-page elgg-page-default">
<div class="elgg-page-section elgg-page-topbar"><div class="elgg-inner">
<div class="elgg-nav-logo"><h1 class="elgg-heading-site"><a href="{b}/">LTT Connect</a></h1></div>
<div class="elgg-nav-button"><span></span><span></span><span></span></div>
<div class="elgg-nav-collapse">
<div class="elgg-nav-search"><form method="get" action="{b}/search" class="elgg-form elgg-form-search elgg-search-header" novalidate>
<fieldset><div class="elgg-field elgg-field-stretch"><div class="elgg-field-input"><input type="search" name="q" class="elgg-input-search" placeholder="Tìm kiếm" autocomplete="off" required></div></div>
<input type="hidden" name="search_type" value="all"><button type="submit" class="elgg-button elgg-button-submit"><span class="elgg-icon fas fa-search"></span></button></fieldset></form></div>
<nav class="elgg-menu-container elgg-menu-topbar-container"><ul class="elgg-menu elgg-menu-topbar elgg-menu-topbar-alt">
<li class="elgg-menu-item-login"><a href="{b}/login" class="elgg-anchor elgg-menu-content elgg-popup"><span class="elgg-icon fas fa-sign-in-alt"></span><span class="elgg-anchor-label">Đăng nhập</span></a></li>
</ul></nav>
</div></div></div>
<div class="elgg-page-section elgg-page-header" id="khung_dau_ltt" style="background:#0b5394 url('{b}/mod/ltt_theme/graphics/banner_2026.jpg') no-repeat right"><div class="elgg-inner">
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="96"><img src="{b}/mod/ltt_theme/graphics/logo_ltt.png" alt="Logo Trường THCS Lý Tự Trọng" width="86"></td>
<td><div style="font:bold 13px Arial;color:#fff">UBND XÃ NGHĨA HÀNH</div>
<div style="font:bold 26px 'Times New Roman';color:#ffe599">TRƯỜNG THCS LÝ TỰ TRỌNG</div>
<div style="font:italic 13px Arial;color:#fff">Mạng xã hội học tập LTT Connect</div></td>
<td align="right" valign="bottom" id="ngay_hien_tai" style="color:#fff;font-size:12px">{HEADER_DATE}</td>
</tr></table></div></div>
<div class="elgg-page-section elgg-page-navbar" id="menu_ngang_ltt"><div class="elgg-inner">
{_menu(b)}
</div></div>
<div class="elgg-page-section elgg-page-messages"><div class="elgg-inner"><ul class="elgg-system-messages"><li class="hidden"></li></ul></div></div>
<div class="elgg-page-section elgg-page-body"><div class="elgg-inner">
<div class="elgg-layout elgg-layout-default elgg-layout-one-sidebar clearfix">
<div class="elgg-layout-header">
<nav class="elgg-breadcrumbs" aria-label="Breadcrumbs"><ul>{crumb_html}</ul></nav>
<div class="elgg-head elgg-layout-title"><h2 class="elgg-heading-main">{esc(heading) if heading else ""}</h2></div>
</div>
<div class="elgg-layout-columns">
<div class="elgg-main elgg-body elgg-layout-body clearfix"><div class="elgg-layout-content clearfix">
{content}
</div></div>
<div class="elgg-sidebar elgg-layout-sidebar clearfix">
{sidebar}
{common_sidebar(b)}
</div>
</div>
</div>
</div></div>
<div class="elgg-page-section elgg-page-footer"><div class="elgg-inner">
<nav class="elgg-menu-container elgg-menu-footer-container"><ul class="elgg-menu elgg-menu-footer elgg-menu-footer-default">
<li><a href="{b}{THINGS_BY_GUID[31].path}">Giới thiệu</a></li><li><a href="{b}{THINGS_BY_GUID[33].path}">Liên hệ</a></li>
<li><a href="{b}/blog/all?view=rss"><span class="elgg-icon fas fa-rss"></span> RSS</a></li>
</ul><ul class="elgg-menu elgg-menu-footer elgg-menu-footer-meta"><li class="elgg-menu-item-powered"><a href="https://elgg.org" target="_blank" rel="noopener">Powered by Elgg</a></li></ul></nav>
<div id="chan_trang_ltt" style="text-align:center;font-size:12px;color:#444;border-top:3px solid #0b5394;padding-top:8px">
<p><b>TRƯỜNG THCS LÝ TỰ TRỌNG – XÃ NGHĨA HÀNH, TỈNH QUẢNG NGÃI</b></p>
<p>Địa chỉ: Thôn Phú Lâm Đông, xã Nghĩa Hành, tỉnh Quảng Ngãi – Điện thoại: 0255 3 861 247 – Email: c2lytutrong@quangngai.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Hiệu trưởng Phạm Văn Long</p>
<p>© 2020 - 2026 LTT Connect. Phát triển trên nền tảng mã nguồn mở Elgg.</p>
</div></div></div>
</div>
<script src="{b}/cache/1764300211/default/require.js"></script>
<script src="{b}/cache/1764300211/default/elgg.js"></script>
</body>
</html>"""
    return html(doc)


# --- Elgg views: list items, full views, river ------------------------------------------------


def blog_item(post: Post, b: str) -> str:
    """object/blog in a list (object/elements/summary)."""
    s = post.story
    owner = USERS[post.owner]
    g = GROUPS[post.group]
    n = len(post.comments)
    comments = (f' <span class="elgg-listing-comments"><a href="{b}{post.path}#comments">{n} bình luận</a></span>'
                if n else "")
    return f"""<li class="elgg-item elgg-item-object elgg-item-object-blog" id="elgg-object-{post.guid}">
<div class="elgg-image-block clearfix elgg-listing-summary"><div class="elgg-image">{avatar(owner, b)}</div>
<div class="elgg-body">
<div class="elgg-listing-summary-metadata"><span class="elgg-likes-count">{post.likes} lượt thích</span></div>
<h3 class="elgg-listing-summary-title"><a href="{b}{post.path}">{_t(s.title, s)}</a></h3>
<div class="elgg-listing-summary-subtitle elgg-subtext"><span class="elgg-listing-byline"><span class="elgg-listing-owner">Bởi {user_link(owner, b)}</span> <span class="elgg-listing-container">trong <a href="{group_url(g, b)}">{esc(g.name)}</a></span></span> <span class="elgg-listing-time">{time_tag(post.utc)}</span>{comments}</div>
{tags_html(post.tags, b)}
<div class="elgg-listing-summary-content elgg-content">{_t(excerpt(s), s)}</div>
</div></div></li>"""


def blog_list(posts: list[Post], b: str) -> str:
    if not posts:
        return '<p class="elgg-no-results">Chưa có nội dung.</p>'
    return '<ul class="elgg-list elgg-list-entity">\n' + "\n".join(blog_item(p, b) for p in posts) + "\n</ul>"


def comment_item(c: Comment, b: str) -> str:
    user = USERS[c.user]
    paras = "".join(f"<p>{esc(x)}</p>" for x in c.paras)
    return f"""<li class="elgg-item elgg-item-object elgg-item-object-comment" id="elgg-object-{c.guid}">
<div class="elgg-image-block clearfix"><div class="elgg-image">{avatar(user, b, "tiny")}</div>
<div class="elgg-body"><div class="elgg-listing-summary-subtitle elgg-subtext"><span class="elgg-listing-owner">{user_link(user, b)}</span> <span class="elgg-listing-time">{time_tag(c.utc)}</span></div>
<div class="elgg-output elgg-listing-summary-content">{paras}</div></div></div></li>"""


def blog_full(post: Post, b: str, comment_offset: int) -> str:
    s = post.story
    owner = USERS[post.owner]
    g = GROUPS[post.group]
    n = len(post.comments)
    updated = (f' <span class="elgg-listing-updated">Cập nhật {time_tag(post.updated_utc)}</span>'
               if post.updated_utc else "")
    share = f"{b}{post.path}"
    count = (f' <span class="elgg-listing-comments"><a href="{b}{post.path}#comments">{n} bình luận</a></span>'
             if n else "")
    tomtat = (f'<div class="tomtat_bv" style="font-weight:bold;font-size:15px;margin-bottom:10px">{_t(s.summary, s)}</div>'
              if s.summary and s.sapo_outside else "")
    shown = post.comments[comment_offset:comment_offset + COMMENTS_PER_PAGE]
    comments = ""
    if post.comments:
        comments = ('<h3 id="comments-title">Bình luận</h3><ul class="elgg-list elgg-list-entity elgg-list-comments">'
                    + "\n".join(comment_item(c, b) for c in shown) + "</ul>"
                    + pagination(f"{b}{post.path}", comment_offset, n, COMMENTS_PER_PAGE, "#comments"))
    return f"""<div class="elgg-listing-full elgg-content clearfix elgg-listing-full-blog" data-guid="{post.guid}">
<div class="elgg-listing-full-header"><div class="elgg-image-block clearfix"><div class="elgg-image">{avatar(owner, b)}</div>
<div class="elgg-body">
<div class="elgg-listing-summary-metadata"><nav class="elgg-menu-container elgg-menu-entity-container"><ul class="elgg-menu elgg-menu-entity">
<li class="elgg-menu-item-likes-count"><a href="javascript:void(0);" class="elgg-lightbox" data-colorbox-opts='{{"href":"{b}/ajax/view/likes/popup?guid={post.guid}"}}'>{post.likes} lượt thích</a></li>
<li class="elgg-menu-item-share-fb"><a href="https://www.facebook.com/sharer/sharer.php?u={quote(share, safe='')}" target="_blank" rel="nofollow">Chia sẻ Facebook</a></li>
<li class="elgg-menu-item-share-zalo"><a href="https://sp.zalo.me/share_inline?url={quote(share, safe='')}" target="_blank" rel="nofollow">Zalo</a></li>
<li class="elgg-menu-item-in-bai"><a href="javascript:window.print();">In bài</a></li>
</ul></nav></div>
<div class="elgg-listing-summary-subtitle elgg-subtext"><span class="elgg-listing-byline"><span class="elgg-listing-owner">Bởi {user_link(owner, b)}</span> <span class="elgg-listing-container">trong <a href="{group_url(g, b)}">{esc(g.name)}</a></span></span> <span class="elgg-listing-time">{time_tag(post.utc)}</span>{updated}{count}</div>
{tags_html(post.tags, b)}
</div></div></div>
<div class="elgg-listing-full-body clearfix">
{tomtat}<div class="elgg-output" data-role="blog-description">
{render_body(s, b)}
</div>
</div>
<div class="elgg-listing-full-responses"><div id="comments" class="elgg-comments">
{comments}
<div class="elgg-comments-login"><a href="{b}/login">Đăng nhập</a> để viết bình luận.</div>
</div></div>
</div>"""


def other_posts(post: Post, b: str) -> str:
    """The theme's "Các tin khác": the next older posts, dated by the server's date('d/m/Y')."""
    idx = POSTS.index(post)
    older = POSTS[idx + 1: idx + 5] or POSTS[max(0, idx - 4): idx]
    lis = "".join(
        f'<li><a href="{b}{p.path}">{_t(p.story.title, p.story)}</a> <span style="color:#888">({p.utc:%d/%m/%Y})</span></li>'
        for p in older
    )
    return (f'<div class="ltt-cac-tin-khac" style="margin-top:18px;border-top:1px dotted #999">'
            f'<h4 style="color:#0b5394">Các tin khác</h4><ul>{lis}</ul></div>')


def owner_block(g: Group, b: str) -> str:
    icon = f"{b}/serve-file/e0/l1700000000/di/c0/gr{g.guid:04d}/{g.guid}/groups/{g.guid}medium.jpg"
    return (f'<div class="elgg-owner-block"><div class="elgg-image-block clearfix"><div class="elgg-image">'
            f'<div class="elgg-avatar elgg-avatar-small"><a href="{group_url(g, b)}"><img src="{icon}" alt="{esc(g.name)}"></a></div></div>'
            f'<div class="elgg-body"><h3><a href="{group_url(g, b)}">{esc(g.name)}</a></h3></div></div>'
            f'<nav class="elgg-menu-container elgg-menu-owner-block-container"><ul class="elgg-menu elgg-menu-owner-block">'
            f'<li class="elgg-menu-item-blog"><a href="{b}/blog/group/{g.guid}/all">Blog của nhóm</a></li></ul></nav></div>')


def group_recent(g: Group, b: str, exclude: int | None = None) -> str:
    posts = [p for p in POSTS if p.group == g.guid and p.guid != exclude][:4]
    lis = "".join(f'<li><a href="{b}{p.path}">{_t(p.story.title, p.story)}</a><br><span class="elgg-subtext">{time_tag(p.utc)}</span></li>'
                  for p in posts)
    return _box("Bài mới trong nhóm", f'<ul class="elgg-list">{lis}</ul>', 9)


def latest_comments(b: str, limit: int = 2) -> str:
    rows = sorted(((c, p) for p in POSTS for c in p.comments), key=lambda cp: cp[0].utc, reverse=True)[:limit]
    lis = "".join(
        f'<li class="elgg-item"><div class="elgg-subtext">{user_link(USERS[c.user], b)} về '
        f'<a href="{b}/comment/view/{c.guid}/{p.guid}">{_t(p.story.title, p.story)}</a> {time_tag(c.utc)}</div>'
        f'<div class="elgg-output">{esc(c.paras[0][:80])}</div></li>'
        for c, p in rows
    )
    return _box("Bình luận mới nhất", f'<ul class="elgg-list elgg-latest-comments">{lis}</ul>', 7)


def tag_cloud(b: str) -> str:
    counts: dict[str, int] = {}
    for p in POSTS:
        for t in p.tags:
            counts[t] = counts.get(t, 0) + 1
    cloud = " ".join(f'<a href="{tag_url(t, b)}" style="font-size:{100 + 20 * n}%">{esc(t)}</a>'
                     for t, n in sorted(counts.items()))
    return _box("Thẻ", f'<div class="elgg-tagcloud">{cloud}</div>', 8)


# --- the river (activity stream) -------------------------------------------------------------


def _river() -> list[tuple[datetime, str, object]]:
    items: list[tuple[datetime, str, object]] = [(p.utc, "blog", p) for p in POSTS]
    for p in POSTS:
        if p.comments:
            last = p.comments[-1]
            items.append((last.utc, "comment", (last, p)))
    items += [(t.utc, t.kind, t) for t in THINGS.values() if t.kind != "pages"]
    items += [
        (utc(2026, 10, 10, 19, 0), "join", ("baongoc7a", 63)),
        (utc(2026, 10, 20, 20, 0), "join", ("hoangvantu1979", 41)),
    ]
    items.sort(key=lambda it: it[0], reverse=True)
    return items


RIVER = _river()
THINGS_BY_GUID = {t.guid: t for t in THINGS.values()}


def river_item(n: int, item: tuple[datetime, str, object], b: str) -> str:
    when, kind, obj = item
    message = ""
    if kind == "blog":
        p = obj
        who = USERS[p.owner]
        slug = p.old_slug or p.story.slug
        g = GROUPS[p.group]
        summary = (f'{user_link(who, b)} đã đăng bài blog <a href="{b}/blog/view/{p.guid}/{slug}">{_t(p.story.title, p.story)}</a>'
                   f' trong nhóm <a href="{group_url(g, b)}">{esc(g.name)}</a>')
        message = _t(excerpt(p.story, 140), p.story)
    elif kind == "comment":
        c, p = obj
        who = USERS[c.user]
        summary = (f'{user_link(who, b)} đã bình luận về bài blog '
                   f'<a href="{b}{p.path}#elgg-object-{c.guid}">{_t(p.story.title, p.story)}</a>')
        message = esc(c.paras[0])
    elif kind == "join":
        username, gid = obj
        who = USERS[username]
        g = GROUPS[gid]
        summary = f'{user_link(who, b)} đã tham gia nhóm <a href="{group_url(g, b)}">{esc(g.name)}</a>'
    else:
        t = obj
        who = USERS[t.owner]
        verb = {"file": "đã tải lên tệp tin", "album": "đã tạo album ảnh", "video": "đã đăng video",
                "event": "đã tạo sự kiện"}[kind]
        summary = f'{user_link(who, b)} {verb} <a href="{b}{t.path}">{esc(t.title)}</a>'
    msg = f'<div class="elgg-river-message">{message}</div>' if message else ""
    return (f'<li class="elgg-item elgg-item-river" id="item-river-{4100 - n}"><div class="elgg-image-block elgg-river-item clearfix">'
            f'<div class="elgg-image">{avatar(who, b)}</div><div class="elgg-body"><div class="elgg-river-summary">{summary} '
            f'<span class="elgg-river-timestamp">{time_tag(when)}</span></div>{msg}</div></div></li>')


def river_list(items: list, b: str, start: int = 0) -> str:
    return ('<ul class="elgg-list elgg-list-river">\n'
            + "\n".join(river_item(start + i, it, b) for i, it in enumerate(items)) + "\n</ul>")


# --- the site --------------------------------------------------------------------------------

_BLOG_VIEW = re.compile(r"^/blog/view/(\d+)(?:/([^/]*))?/?$")
_THING = re.compile(r"^/(pages/view|file/view|photos/album|videolist/watch|event_manager/event/view)/(\d+)(?:/[^/]*)?/?$")
_GROUP = re.compile(r"^/groups/profile/(\d+)(?:/[^/]*)?/?$")
_GROUP_BLOG = re.compile(r"^/blog/group/(\d+)/all/?$")
_OWNER_BLOG = re.compile(r"^/blog/owner/([^/]+)/?$")
_COMMENT = re.compile(r"^/comment/view/(\d+)(?:/(\d+))?/?$")


def _offset(request: Request) -> int:
    try:
        return max(0, int(request.params.get("offset", "0")))
    except ValueError:
        return 0


def _rss(request: Request) -> Response:
    b = base_url(request)
    items = []
    for p in POSTS[:PER_PAGE]:
        items.append(f"""<item>
<guid isPermaLink="true">{b}{p.path}</guid>
<pubDate>{p.utc.strftime("%a, %d %b %Y %H:%M:%S +0000")}</pubDate>
<link>{b}{p.path}</link>
<title><![CDATA[{p.story.title}]]></title>
<description><![CDATA[{excerpt(p.story)}]]></description>
<dc:creator>{esc(USERS[p.owner].name)}</dc:creator>
</item>""")
    body = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title><![CDATA[LTT Connect: Tất cả blog]]></title>
<link>{b}/blog/all</link>
<atom:link href="{b}/blog/all?view=rss" rel="self" type="application/rss+xml" />
<description><![CDATA[Mạng xã hội học tập Trường THCS Lý Tự Trọng]]></description>
{chr(10).join(items)}
</channel>
</rss>"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


class ElggSite:
    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        b = base_url(request)
        if request.method == "POST":
            if path.startswith("/action/"):
                return redirect(f"{b}/login")
            return None
        if path.startswith("/serve-file/"):
            if path in FILE_DOWNLOADS:
                return Response(200, PDF, {"Content-Type": "application/pdf",
                                           "Content-Disposition": f'attachment; filename="{path.rsplit("/", 1)[-1]}"'})
            return static_file(path)
        if path.startswith(("/cache/", "/mod/", "/_graphics/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            return self.index(request)
        if path in ("/blog", "/blog/all", "/blog/all/"):
            if request.params.get("view") == "rss":
                return _rss(request)
            return self.blog_all(request)
        if m := _BLOG_VIEW.match(path):
            guid = int(m.group(1))
            if guid in MEMBERS_ONLY:
                return redirect(f"{b}/login")
            post = BY_GUID.get(guid)
            return self.blog_view(request, post) if post else None
        if m := _GROUP_BLOG.match(path):
            g = GROUPS.get(int(m.group(1)))
            return self.group_blog(request, g) if g else None
        if m := _OWNER_BLOG.match(path):
            user = USERS.get(m.group(1))
            return self.owner_blog(request, user) if user else None
        if m := _GROUP.match(path):
            g = GROUPS.get(int(m.group(1)))
            return self.group_profile(request, g) if g else None
        if path in ("/groups/all", "/groups", "/groups/all/"):
            return self.groups_all(request)
        if path in ("/activity", "/activity/all", "/activity/"):
            return self.activity(request)
        if m := _THING.match(path):
            thing = THINGS_BY_GUID.get(int(m.group(2)))
            if thing and thing.path.split("/")[1] == m.group(1).split("/")[0]:
                return self.thing_view(request, thing)
            return None
        if m := _COMMENT.match(path):
            return self.comment_redirect(request, int(m.group(1)))
        if path.startswith("/profile/") and path.split("/")[2] in USERS:
            return redirect(f"{b}/login")
        if path == "/login":
            return self.login(request)
        if path == "/search":
            return self.search(request)
        return None

    # pages ------------------------------------------------------------------------------------

    def index(self, request: Request) -> Response:
        b = base_url(request)
        latest = blog_list(POSTS[:PER_PAGE], b)
        content = f"""<div class="custom-index elgg-grid">
<div class="elgg-col elgg-col-2of3">
<div class="elgg-module elgg-module-featured"><div class="elgg-head"><h3>Chào mừng đến với LTT Connect</h3></div>
<div class="elgg-body"><p>LTT Connect là mạng xã hội học tập của thầy cô, học sinh và cha mẹ học sinh Trường THCS Lý Tự Trọng. Khách có thể đọc tin tức công khai; thành viên đăng nhập bằng tài khoản do nhà trường cấp.</p></div></div>
<div class="elgg-module elgg-module-featured"><div class="elgg-head"><h3>Tin mới</h3></div><div class="elgg-body">{latest}
<p class="elgg-widget-more"><a href="{b}/blog/all">Xem tất cả tin »</a></p></div></div>
</div>
<div class="elgg-col elgg-col-1of3">
<div class="elgg-module elgg-module-featured"><div class="elgg-head"><h3>Hoạt động gần đây</h3></div><div class="elgg-body">{river_list(RIVER[:5], b)}
<p class="elgg-widget-more"><a href="{b}/activity">Xem thêm hoạt động »</a></p></div></div>
<div class="elgg-module elgg-module-featured"><div class="elgg-head"><h3>Đăng nhập</h3></div><div class="elgg-body">
<form method="post" action="{b}/action/login" class="elgg-form elgg-form-login"><input type="hidden" name="__elgg_token" value="k3Xn9pQ2LmZ8vR1t">
<label>Tên đăng nhập hoặc email<input type="text" name="username"></label><label>Mật khẩu<input type="password" name="password"></label>
<input type="submit" class="elgg-button elgg-button-submit" value="Đăng nhập"></form></div></div>
</div></div>"""
        return page(request, title="LTT Connect", heading="", crumbs=[], content=content, context="index",
                    description="Mạng xã hội học tập Trường THCS Lý Tự Trọng, xã Nghĩa Hành, tỉnh Quảng Ngãi")

    def _listing(self, request: Request, posts: list[Post], base: str) -> str:
        b = base_url(request)
        off = _offset(request)
        return blog_list(posts[off:off + PER_PAGE], b) + pagination(f"{b}{base}", off, len(posts), PER_PAGE)

    def blog_all(self, request: Request) -> Response:
        b = base_url(request)
        extras = (f'<nav class="elgg-menu-container elgg-menu-extras-container"><ul class="elgg-menu elgg-menu-extras">'
                  f'<li class="elgg-menu-item-rss"><a href="{b}/blog/all?view=rss" title="Đăng kí RSS">'
                  f'<span class="elgg-icon fas fa-rss"></span></a></li></ul></nav>')
        return page(request, title="Tất cả blog", heading="Tất cả blog", crumbs=[("Blog", None)],
                    content=self._listing(request, POSTS, "/blog/all"), rss="/blog/all?view=rss",
                    sidebar=extras + latest_comments(b) + tag_cloud(b))

    def group_blog(self, request: Request, g: Group) -> Response:
        b = base_url(request)
        posts = [p for p in POSTS if p.group == g.guid]
        return page(request, title=f"Blog của nhóm {g.name}", heading=f"Blog của nhóm {g.name}",
                    crumbs=[("Nhóm", "/groups/all"), (g.name, f"/groups/profile/{g.guid}/{g.slug}"), ("Blog", None)],
                    content=self._listing(request, posts, f"/blog/group/{g.guid}/all"), sidebar=owner_block(g, b))

    def owner_blog(self, request: Request, user: User) -> Response:
        posts = [p for p in POSTS if p.owner == user.username]
        return page(request, title=f"Blog của {user.name}", heading=f"Blog của {user.name}",
                    crumbs=[("Blog", "/blog/all"), (user.name, None)],
                    content=self._listing(request, posts, f"/blog/owner/{user.username}"))

    def blog_view(self, request: Request, post: Post) -> Response:
        b = base_url(request)
        g = GROUPS[post.group]
        off = _offset(request)
        if off >= max(len(post.comments), 1):
            off = 0
        content = blog_full(post, b, off) + other_posts(post, b)
        return page(request, title=_nfd(post.story.title, post.story), heading=_nfd(post.story.title, post.story),
                    crumbs=[("Nhóm", "/groups/all"), (g.name, f"/groups/profile/{g.guid}/{g.slug}"),
                            ("Blog", f"/blog/group/{g.guid}/all")],
                    content=content, sidebar=owner_block(g, b) + group_recent(g, b, post.guid),
                    canonical=post.path, description=_nfd(excerpt(post.story, 160), post.story), og_type="article")

    def groups_all(self, request: Request) -> Response:
        b = base_url(request)
        lis = "".join(
            f'<li class="elgg-item elgg-item-group" id="elgg-group-{g.guid}"><div class="elgg-image-block clearfix">'
            f'<div class="elgg-image"><a href="{group_url(g, b)}"><img src="{b}/serve-file/e0/l1700000000/di/c0/gr{g.guid:04d}/{g.guid}/groups/{g.guid}small.jpg" alt=""></a></div>'
            f'<div class="elgg-body"><h3><a href="{group_url(g, b)}">{esc(g.name)}</a></h3>'
            f'<div class="elgg-subtext">{g.members} thành viên – Nhóm công khai</div><div class="elgg-content">{esc(g.about)}</div></div></div></li>'
            for g in GROUPS.values()
        )
        return page(request, title="Tất cả các nhóm", heading="Tất cả các nhóm", crumbs=[("Nhóm", None)],
                    content=f'<ul class="elgg-list elgg-list-entity">{lis}</ul>', context="groups")

    def group_profile(self, request: Request, g: Group) -> Response:
        b = base_url(request)
        posts = [p for p in POSTS if p.group == g.guid][:3]
        blog_mod = "".join(f'<li><a href="{b}{p.path}">{_t(p.story.title, p.story)}</a> <span class="elgg-subtext">{time_tag(p.utc)}</span></li>'
                           for p in posts)
        files = [t for t in THINGS.values() if t.kind == "file" and t.group == g.guid]
        file_mod = ""
        if files:
            file_mod = ('<div class="elgg-module elgg-module-group"><div class="elgg-head"><h3>Tệp tin của nhóm</h3></div><div class="elgg-body"><ul>'
                        + "".join(f'<li><a href="{b}{t.path}">{esc(t.title)}</a></li>' for t in files) + "</ul></div></div>")
        owner = USERS[g.owner]
        content = f"""<div class="groups-profile elgg-image-block clearfix"><div class="elgg-image">
<img src="{b}/serve-file/e0/l1700000000/di/c0/gr{g.guid:04d}/{g.guid}/groups/{g.guid}large.jpg" alt="{esc(g.name)}"></div>
<div class="elgg-body groups-profile-fields"><p><b>Chủ nhóm:</b> {user_link(owner, b)}</p><p><b>Thành viên:</b> {g.members}</p>
<div class="elgg-output"><p>{esc(g.about)}</p></div></div></div>
<div class="elgg-module elgg-module-group"><div class="elgg-head"><h3>Blog của nhóm</h3></div><div class="elgg-body"><ul>{blog_mod}</ul>
<p class="elgg-widget-more"><a href="{b}/blog/group/{g.guid}/all">Xem tất cả</a></p></div></div>
{file_mod}"""
        return page(request, title=g.name, heading=g.name, crumbs=[("Nhóm", "/groups/all"), (g.name, None)],
                    content=content, sidebar=owner_block(g, b), context="groups")

    def activity(self, request: Request) -> Response:
        b = base_url(request)
        off = _offset(request)
        content = (river_list(RIVER[off:off + RIVER_PER_PAGE], b, off)
                   + pagination(f"{b}/activity", off, len(RIVER), RIVER_PER_PAGE))
        return page(request, title="Hoạt động", heading="Hoạt động gần đây", crumbs=[("Hoạt động", None)],
                    content=content, context="activity")

    def thing_view(self, request: Request, t: Thing) -> Response:
        b = base_url(request)
        owner = USERS[t.owner]
        label = {"pages": "Trang", "file": "Tệp tin", "album": "Album ảnh", "video": "Video", "event": "Sự kiện"}[t.kind]
        verb = "Cập nhật lần cuối" if t.kind == "pages" else "Đăng"
        crumbs: list[tuple[str, str | None]] = [(label, None)]
        sidebar = ""
        if t.group:
            g = GROUPS[t.group]
            crumbs = [("Nhóm", "/groups/all"), (g.name, f"/groups/profile/{g.guid}/{g.slug}"), (label, None)]
            sidebar = owner_block(g, b)
        content = f"""<div class="elgg-listing-full elgg-content clearfix elgg-listing-full-{t.kind}" data-guid="{t.guid}">
<div class="elgg-listing-full-header"><div class="elgg-image-block clearfix"><div class="elgg-image">{avatar(owner, b)}</div>
<div class="elgg-body"><div class="elgg-listing-summary-subtitle elgg-subtext"><span class="elgg-listing-owner">{verb} bởi {user_link(owner, b)}</span> <span class="elgg-listing-time">{time_tag(t.utc)}</span></div></div></div></div>
<div class="elgg-listing-full-body clearfix"><div class="elgg-output">
{t.html.replace("{b}", b)}
</div></div>
</div>"""
        return page(request, title=t.title, heading=t.title, crumbs=crumbs, content=content, sidebar=sidebar,
                    canonical=t.path, description=t.title, context=t.kind)

    def comment_redirect(self, request: Request, cguid: int) -> Response | None:
        b = base_url(request)
        for p in POSTS:
            for i, c in enumerate(p.comments):
                if c.guid == cguid:
                    off = (i // COMMENTS_PER_PAGE) * COMMENTS_PER_PAGE
                    query = f"?offset={off}" if off else ""
                    return redirect(f"{b}{p.path}{query}#elgg-object-{cguid}")
        return None

    def login(self, request: Request) -> Response:
        b = base_url(request)
        content = f"""<form method="post" action="{b}/action/login" class="elgg-form elgg-form-login">
<input type="hidden" name="__elgg_token" value="k3Xn9pQ2LmZ8vR1t"><input type="hidden" name="__elgg_ts" value="1764903600">
<div class="elgg-field"><label class="elgg-field-label">Tên đăng nhập hoặc email</label><input type="text" name="username" class="elgg-input-text" required></div>
<div class="elgg-field"><label class="elgg-field-label">Mật khẩu</label><input type="password" name="password" class="elgg-input-password" required></div>
<div class="elgg-field"><label><input type="checkbox" name="persistent" value="true"> Ghi nhớ đăng nhập</label></div>
<div class="elgg-foot"><input type="submit" class="elgg-button elgg-button-submit" value="Đăng nhập"></div>
<p>Tài khoản do nhà trường cấp. Quên mật khẩu vui lòng liên hệ giáo viên chủ nhiệm hoặc Tổ Văn phòng.</p>
</form>"""
        return page(request, title="Đăng nhập", heading="Đăng nhập", crumbs=[("Đăng nhập", None)],
                    content=content, context="login")

    def search(self, request: Request) -> Response:
        b = base_url(request)
        q = request.params.get("q", "").strip()
        kind = request.params.get("search_type", "all")
        if not q:
            return page(request, title="Tìm kiếm", heading="Tìm kiếm", crumbs=[("Tìm kiếm", None)],
                        content='<p class="elgg-no-results">Vui lòng nhập từ khóa tìm kiếm.</p>', context="search")
        needle = unicodedata.normalize("NFC", q).casefold()
        if kind == "tags":
            found = [p for p in POSTS if needle in (t.casefold() for t in p.tags)]
        else:
            found = [p for p in POSTS if needle in unicodedata.normalize("NFC", p.story.title).casefold()]
        head = f"Kết quả tìm kiếm cho “{q}”"
        return page(request, title=head, heading=head, crumbs=[("Tìm kiếm", None)],
                    content=f'<div class="search-list"><h3>Blog ({len(found)})</h3>{blog_list(found, b)}</div>',
                    context="search")


def build_site() -> ElggSite:
    return ElggSite()


# --- gold ------------------------------------------------------------------------------------


def _alt_paths(post: Post) -> list[str]:
    alts = []
    if post.featured:
        alts.append(f"/blog/view/{post.guid}")
    if post.old_slug:
        alts.append(f"/blog/view/{post.guid}/{post.old_slug}")
    if len(post.comments) > COMMENTS_PER_PAGE:
        alts += [f"{post.path}?offset=0", f"{post.path}?offset={COMMENTS_PER_PAGE}"]
    return alts


GOLD = [
    gold_record(p.story, p.path, GROUPS[p.group].name, canonical_path=p.path, alt_paths=_alt_paths(p))
    for p in POSTS
]

NON_ARTICLES = [
    "/pages/view/31/gioi-thieu-chung",
    "/pages/view/32/co-cau-to-chuc",
    "/pages/view/33/lien-he",
    "/file/view/1312/thong-bao-so-58-tb-thcsltt-lich-kiem-tra-cuoi-hoc-ki-i",
    "/file/view/1090/ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027",
    "/photos/album/1296/le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    "/videolist/watch/1320/clip-van-nghe-chao-mung-20-11",
    "/event_manager/event/view/1380/hoi-nghi-cha-me-hoc-sinh-cuoi-hoc-ki-i",
]
